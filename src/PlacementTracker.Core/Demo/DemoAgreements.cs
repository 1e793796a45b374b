using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Documents;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Demo;

/// <summary>
/// Signs the demo placements' agreements as their stage implies: fully signed once a placement has started, and
/// signed by the provider only while it awaits the agreement, so the demo student and supervisor have something
/// to sign. Built with the real agreement builder, so the hashes are real.
/// </summary>
internal static class DemoAgreements
{
    private static readonly PlacementStatus[] Started =
        [PlacementStatus.Active, PlacementStatus.OnHold, PlacementStatus.Completed];

    public static async Task SignAsync(
        PlacementDbContext db,
        string coordinatorEmail,
        CancellationToken cancellationToken)
    {
        var coordinator = await db.Users
            .Where(u => u.Email == coordinatorEmail)
            .Select(u => new { u.Id, u.DisplayName })
            .SingleAsync(cancellationToken);
        var placements = await db.Placements
            .Where(p => p.Status == PlacementStatus.AwaitingAgreement || Started.Contains(p.Status))
            .OrderBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                p.Status,
                p.PlannedStart,
                StudentUserId = p.Student!.UserId,
                p.SupervisorUserId,
            })
            .ToListAsync(cancellationToken);
        foreach (var placement in placements)
        {
            var facts = await AgreementFacts.LoadAsync(db, placement.Id, cancellationToken);
            var text = AgreementContent.Build(facts!).ToPlainText();
            var signedAt = placement.PlannedStart.AddDays(-10).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
            var document = new SignedDocument
            {
                Id = Guid.NewGuid(),
                PlacementId = placement.Id,
                Kind = DocumentKind.Agreement,
                Content = text,
                ContentHash = PrintedDocument.Hash(text),
                PlanNumber = facts!.PlanNumber,
                GeneratedAtUtc = signedAt.AddDays(-2),
            };
            Add(document, SignerCapacity.Provider, coordinator.Id, coordinator.DisplayName, signedAt);
            if (Started.Contains(placement.Status))
            {
                Add(document, SignerCapacity.Student, placement.StudentUserId, facts.StudentName, signedAt.AddHours(2));
                Add(document, SignerCapacity.Employer, placement.SupervisorUserId, facts.SupervisorName ?? "",
                    signedAt.AddDays(1));
            }

            db.SignedDocuments.Add(document);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Add(
        SignedDocument document,
        SignerCapacity capacity,
        string? userId,
        string name,
        DateTime at) =>
        document.Signatures.Add(new Signature
        {
            Id = Guid.NewGuid(),
            DocumentId = document.Id,
            Capacity = capacity,
            SignerUserId = userId,
            SignerName = name,
            SignedAtUtc = at,
            ContentHash = document.ContentHash,
        });
}

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Reminders;

/// <summary>
/// The current agreement of a placement still going ahead, without a standing signature in some capacity: the student,
/// the supervisor (for the employer) or the coordinators (for the provider) are reminded at most once a week.
/// </summary>
public sealed class AgreementSignatureReminders(PlacementDbContext db) : IReminderFinder
{
    public ReminderKind Kind => ReminderKind.AgreementAwaitingSignature;

    public async Task<IReadOnlyList<DueReminder>> FindAsync(
        DateOnly today,
        CancellationToken cancellationToken = default)
    {
        var documents = await (
            from document in db.SignedDocuments
            join placement in db.Placements on document.PlacementId equals placement.Id
            where document.Kind == DocumentKind.Agreement && document.ReplacedAtUtc == null
                && placement.Status != PlacementStatus.Completed && placement.Status != PlacementStatus.Withdrawn
            select new
            {
                document.Id,
                PlacementId = placement.Id,
                StudentUserId = placement.Student!.UserId,
                placement.SupervisorUserId,
                Student = placement.Student.GivenName + " " + placement.Student.FamilyName,
                Employer = placement.Employer!.Name,
                Signed = document.Signatures
                    .Where(s => s.VoidedAtUtc == null && s.ContentHash == document.ContentHash)
                    .Select(s => s.Capacity)
                    .ToList(),
            }).AsNoTracking().ToListAsync(cancellationToken);
        if (documents.Count == 0)
        {
            return [];
        }

        var coordinators = await ReminderRecipients.CoordinatorsAsync(db, cancellationToken);
        var week = ReminderPeriods.Week(today);
        var due = new List<DueReminder>();
        foreach (var d in documents)
        {
            foreach (var capacity in Enum.GetValues<SignerCapacity>().Where(c => !d.Signed.Contains(c)))
            {
                IEnumerable<string?> signers = capacity switch
                {
                    SignerCapacity.Student => [d.StudentUserId],
                    SignerCapacity.Employer => [d.SupervisorUserId],
                    _ => coordinators,
                };
                var role = AgreementView.CapacityName(capacity).ToLowerInvariant();
                due.AddRange(signers.OfType<string>().Distinct().Select(signer => new DueReminder(
                    Kind,
                    d.Id,
                    signer,
                    week,
                    $"Placement agreement awaiting your signature: {d.Student}",
                    $"The placement agreement for {d.Student} at {d.Employer} is waiting to be signed for the {role}.",
                    $"Placements/{d.PlacementId}/Agreement")));
            }
        }

        return due;
    }
}

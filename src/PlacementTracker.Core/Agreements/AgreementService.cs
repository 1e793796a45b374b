using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Documents;

namespace PlacementTracker.Core.Agreements;

/// <summary>
/// Generates a placement's agreement, keeps it in step with the records it is built from, and takes signatures.
/// A signature binds to the hash of the text the signer saw: any change to that text voids every signature on it.
/// </summary>
public sealed class AgreementService(
    PlacementDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IAgreementMessages messages)
{
    public const string ChangedMessage = "The agreement changed after you opened it. Read it again and sign";

    private static readonly SignerCapacity[] Capacities = Enum.GetValues<SignerCapacity>();

    /// <summary>
    /// Makes the stored agreement match today's records: the first one when there is none, a new one (voiding the
    /// old one's signatures and telling the signers) when its text differs, and nothing when it is the same.
    /// Null when there is no such placement.
    /// </summary>
    public async Task<AgreementView?> RefreshAsync(
        Guid placementId,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        if (await AgreementFacts.LoadAsync(db, placementId, cancellationToken) is not { } facts)
        {
            return null;
        }

        var current = await CurrentDocumentAsync(placementId, cancellationToken);
        var (document, planNumber) = Expected(facts, current);
        var changed = current is null || current.Content != document.ToPlainText();

        // A completed record is read-only: the agreement it was declared on stays as it was signed.
        if (changed && await new RecordLock(db).IsLockedAsync(placementId, cancellationToken))
        {
            return current is null
                ? null
                : new AgreementView(document, current, null, await VoidedSignaturesAsync(placementId));
        }

        if (changed)
        {
            current = await ReplaceAsync(placementId, current, document, planNumber, actor, cancellationToken);
        }

        var laterPlan = facts.PlanNumber > current!.PlanNumber ? facts.PlanNumber : (int?)null;
        return new AgreementView(document, current, laterPlan, await VoidedSignaturesAsync(placementId));
    }

    /// <summary>
    /// The current agreement, refreshed first if anything in it changed, so nobody is shown or signs stale content.
    /// Null when none has been generated yet.
    /// </summary>
    public Task<AgreementView?> GetAsync(Guid placementId, CancellationToken cancellationToken = default) =>
        RefreshIfGeneratedAsync(placementId, Actor.System, cancellationToken);

    /// <summary>
    /// Refreshes the agreement, as <see cref="RefreshAsync"/> does, when one has been generated; called after a
    /// change to anything the agreement holds, so signers hear of it at once. Null when none has been generated.
    /// </summary>
    public async Task<AgreementView?> RefreshIfGeneratedAsync(
        Guid placementId,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        var generated = await db.SignedDocuments.AnyAsync(
            d => d.PlacementId == placementId && d.Kind == DocumentKind.Agreement,
            cancellationToken);
        return generated ? await RefreshAsync(placementId, actor, cancellationToken) : null;
    }

    /// <summary>
    /// Signs the current agreement in <paramref name="capacity"/> when the viewer is the right person for it and
    /// <paramref name="shownHash"/> is the hash of the current text, the text they were shown.
    /// </summary>
    public async Task<SignOutcome> SignAsync(
        Guid placementId,
        SignerCapacity capacity,
        string shownHash,
        Viewer viewer,
        CancellationToken cancellationToken = default)
    {
        var people = await SignersAsync(placementId, cancellationToken);
        if (people is null || !MaySign(viewer, capacity, people.Value.StudentUserId, people.Value.SupervisorUserId))
        {
            return SignOutcome.NotAllowed;
        }

        if (await new RecordLock(db).IsLockedAsync(placementId, cancellationToken))
        {
            return SignOutcome.Locked;
        }

        if (await GetAsync(placementId, cancellationToken) is not { } view)
        {
            return SignOutcome.NotGenerated;
        }

        var current = view.Current;
        if (!string.Equals(current.ContentHash, shownHash, StringComparison.Ordinal))
        {
            return SignOutcome.ContentChanged;
        }

        if (current.Signatures.Any(s => s.Capacity == capacity && s.VoidedAtUtc is null))
        {
            return SignOutcome.AlreadySigned;
        }

        await AddSignatureAsync(current, capacity, viewer, cancellationToken);
        return SignOutcome.Done;
    }

    /// <summary>The stored current agreement's hash, without refreshing it; null when there is none.</summary>
    public Task<string?> StoredHashAsync(Guid placementId, CancellationToken cancellationToken = default) =>
        db.SignedDocuments
            .Where(d => d.PlacementId == placementId && d.Kind == DocumentKind.Agreement && d.ReplacedAtUtc == null)
            .Select(d => d.ContentHash)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>True when student, provider and employer all stand signed on the current agreement's content.</summary>
    public async Task<bool> IsFullySignedAsync(Guid placementId, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(placementId, cancellationToken);
        return current is not null && IsFullySigned(current.Current);
    }

    public static bool IsFullySigned(SignedDocument document) =>
        Capacities.All(c => document.Signatures.Any(s =>
            s.Capacity == c && s.VoidedAtUtc is null && s.ContentHash == document.ContentHash));

    /// <summary>The capacities a viewer may sign a placement's agreement in.</summary>
    public async Task<IReadOnlyList<SignerCapacity>> CapacitiesForAsync(
        Guid placementId,
        Viewer viewer,
        CancellationToken cancellationToken = default)
    {
        var people = await SignersAsync(placementId, cancellationToken);
        return people is null
            ? []
            : [.. Capacities.Where(c => MaySign(viewer, c, people.Value.StudentUserId, people.Value.SupervisorUserId))];
    }

    /// <summary>
    /// The student signs as themselves, the employer through the placement's supervisor, and the provider through
    /// a placement coordinator or an administrator.
    /// </summary>
    public static bool MaySign(
        Viewer viewer,
        SignerCapacity capacity,
        string? studentUserId,
        string? supervisorUserId) =>
        capacity switch
        {
            SignerCapacity.Student => studentUserId is not null && viewer.UserId == studentUserId,
            SignerCapacity.Employer => supervisorUserId is not null && viewer.UserId == supervisorUserId,
            SignerCapacity.Provider => viewer.Is(Roles.PlacementCoordinator) || viewer.Is(Roles.Administrator),
            _ => false,
        };

    /// <summary>
    /// What the agreement should say now. A fully signed agreement keeps the plan version it was signed with when
    /// only the plan has moved on since; any other change gives an agreement with the current plan.
    /// </summary>
    private static (PrintedDocument Document, int PlanNumber) Expected(AgreementFacts facts, SignedDocument? current)
    {
        if (current is not null
            && facts.PlanNumber > current.PlanNumber
            && IsFullySigned(current)
            && AgreementContent.WithFrozenObjectives(facts, current.Content) is { } frozen)
        {
            return (frozen, current.PlanNumber);
        }

        return (AgreementContent.Build(facts), facts.PlanNumber);
    }

    private async Task<SignedDocument> ReplaceAsync(
        Guid placementId,
        SignedDocument? previous,
        PrintedDocument document,
        int planNumber,
        Actor actor,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var voided = previous?.Signatures.Where(s => s.VoidedAtUtc is null).ToList() ?? [];
        if (previous is not null)
        {
            previous.ReplacedAtUtc = now;
            voided.ForEach(s => s.VoidedAtUtc = now);
        }

        var text = document.ToPlainText();
        var next = new SignedDocument
        {
            Id = Guid.NewGuid(),
            PlacementId = placementId,
            Kind = DocumentKind.Agreement,
            Content = text,
            ContentHash = PrintedDocument.Hash(text),
            PlanNumber = planNumber,
            GeneratedAtUtc = now,
        };
        db.SignedDocuments.Add(next);
        audit.Record(
            actor,
            previous is null ? AuditActions.AgreementGenerated : AuditActions.AgreementChanged,
            previous is null
                ? "Generated the placement agreement"
                : $"The placement agreement changed; {voided.Count} signature(s) voided",
            new AuditSubject("Placement", placementId.ToString(), previous?.ContentHash, next.ContentHash));
        await db.SaveChangesAsync(cancellationToken);
        await TellSignersAsync(placementId, voided, cancellationToken);
        return next;
    }

    private async Task TellSignersAsync(Guid placementId, List<Signature> voided, CancellationToken cancellationToken)
    {
        var userIds = voided.Select(s => s.SignerUserId).OfType<string>().Distinct().ToList();
        if (userIds.Count == 0)
        {
            return;
        }

        var users = await db.Users
            .Where(u => userIds.Contains(u.Id) && u.Email != null)
            .Select(u => new { u.Id, u.Email, u.DisplayName })
            .ToListAsync(cancellationToken);
        var signers = users
            .Select(u => new AgreementSigner(
                u.Email!,
                u.DisplayName,
                voided.First(s => s.SignerUserId == u.Id).Capacity))
            .OrderBy(s => s.Capacity)
            .ToList();
        await messages.AgreementChangedAsync(placementId, signers, cancellationToken);
    }

    private async Task AddSignatureAsync(
        SignedDocument document,
        SignerCapacity capacity,
        Viewer viewer,
        CancellationToken cancellationToken)
    {
        var name = await db.Users
            .Where(u => u.Id == viewer.UserId)
            .Select(u => u.DisplayName)
            .SingleAsync(cancellationToken);
        db.Signatures.Add(new Signature
        {
            Id = Guid.NewGuid(),
            DocumentId = document.Id,
            Capacity = capacity,
            SignerUserId = viewer.UserId,
            SignerName = name,
            SignedAtUtc = clock.GetUtcNow().UtcDateTime,
            ContentHash = document.ContentHash,
        });
        audit.Record(
            new Actor(viewer.UserId, name),
            AuditActions.AgreementSigned,
            $"Signed the placement agreement as {capacity}",
            new AuditSubject("Placement", document.PlacementId.ToString(), After: document.ContentHash));
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<SignedDocument?> CurrentDocumentAsync(Guid placementId, CancellationToken cancellationToken) =>
        db.SignedDocuments
            .Include(d => d.Signatures)
            .Where(d => d.PlacementId == placementId && d.Kind == DocumentKind.Agreement && d.ReplacedAtUtc == null)
            .OrderByDescending(d => d.GeneratedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<Signature>> VoidedSignaturesAsync(Guid placementId) =>
        await db.Signatures
            .AsNoTracking()
            .Where(s => s.VoidedAtUtc != null
                && db.SignedDocuments.Any(d => d.Id == s.DocumentId
                    && d.PlacementId == placementId
                    && d.Kind == DocumentKind.Agreement))
            .OrderBy(s => s.SignedAtUtc)
            .ToListAsync();

    private async Task<(string? StudentUserId, string? SupervisorUserId)?> SignersAsync(
        Guid placementId,
        CancellationToken cancellationToken)
    {
        var people = await db.Placements
            .Where(p => p.Id == placementId)
            .Select(p => new { StudentUserId = p.Student!.UserId, p.SupervisorUserId })
            .SingleOrDefaultAsync(cancellationToken);
        return people is null ? null : (people.StudentUserId, people.SupervisorUserId);
    }
}

/// <summary>A placement's current agreement: its document, its stored record with signatures, and history.</summary>
/// <param name="Document">The agreement as shown and printed; its plain text is the stored content.</param>
/// <param name="Current">The stored agreement with its signatures.</param>
/// <param name="LaterPlanNumber">The plan's version when it has moved on since the agreement was signed.</param>
/// <param name="VoidedSignatures">Signatures on this placement's agreements that a change voided.</param>
public sealed record AgreementView(
    PrintedDocument Document,
    SignedDocument Current,
    int? LaterPlanNumber,
    IReadOnlyList<Signature> VoidedSignatures)
{
    public bool IsFullySigned => AgreementService.IsFullySigned(Current);

    /// <summary>The standing signature in a capacity, if there is one.</summary>
    public Signature? SignatureAs(SignerCapacity capacity) =>
        Current.Signatures.FirstOrDefault(s => s.Capacity == capacity && s.VoidedAtUtc is null);

    /// <summary>
    /// The agreement as printed: its content followed by each party's signature, with times in
    /// <paramref name="zone"/>, and the hash that the signatures bind to.
    /// </summary>
    public PrintedDocument ForPrint(TimeZoneInfo zone)
    {
        var rows = Enum.GetValues<SignerCapacity>()
            .Select(c => (CapacityName(c), SignatureAs(c) is { } s
                ? $"Signed by {s.SignerName} on {LocalTime(s.SignedAtUtc, zone)}"
                : "Awaiting signature"))
            .ToList();
        return Document with
        {
            Sections =
            [
                .. Document.Sections,
                new DocumentSection("Signatures", [new DocumentFacts(rows)]),
                new DocumentSection("Content hash", [new DocumentParagraph(
                    "Each signature binds to the SHA-256 hash of this agreement's text, without this page's "
                    + $"signatures: {Current.ContentHash}")]),
            ],
        };
    }

    public static string CapacityName(SignerCapacity capacity) => capacity switch
    {
        SignerCapacity.Student => "Student",
        SignerCapacity.Provider => "Provider",
        SignerCapacity.Employer => "Employer",
        _ => capacity.ToString(),
    };

    private static string LocalTime(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone)
            .ToString("d MMMM yyyy 'at' HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))
        + " (UK time)";
}

public enum SignOutcome
{
    /// <summary>The signature was recorded.</summary>
    Done,

    /// <summary>Already signed in that capacity: nothing changes.</summary>
    AlreadySigned,

    /// <summary>The agreement is not the one the signer was shown.</summary>
    ContentChanged,

    NotGenerated,

    /// <summary>The viewer is not the person who signs in that capacity.</summary>
    NotAllowed,

    /// <summary>The completion declaration is signed and the record is read-only.</summary>
    Locked,
}

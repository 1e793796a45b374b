using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Documents;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Progress;

namespace PlacementTracker.Core.Completion;

/// <summary>
/// The completion declaration of each placement (step 10): generated only when its conditions hold, signed by a
/// provider coordinator and the placement's supervisor against the hash of its text, and voided when its text
/// changes or its conditions stop holding. When every placement of the student's industry placement has a fully
/// signed declaration, the record is locked; a coordinator can reopen it with a reason.
/// </summary>
public sealed class DeclarationService(
    PlacementDbContext db, ProgressService progress, AuditLog audit, TimeProvider clock)
{
    public const string ChangedMessage = "The declaration changed after you opened it. Read it again and sign";

    public static readonly IReadOnlyList<SignerCapacity> Capacities =
        [SignerCapacity.Provider, SignerCapacity.Employer];

    private static readonly PlacementStatus[] NotDeclared = [PlacementStatus.Withdrawn];

    /// <summary>
    /// The conditions and the current declaration, brought in step with the records first unless the record is
    /// locked; null when there is no such placement.
    /// </summary>
    public async Task<DeclarationState?> GetAsync(Guid placementId, CancellationToken cancellationToken = default)
    {
        if (await DeclarationFacts.LoadAsync(db, progress, placementId, cancellationToken) is not { } facts)
        {
            return null;
        }

        var current = await CurrentAsync(placementId, cancellationToken);
        if (current is not null && facts.IndustryPlacement.RecordLockedAtUtc is null)
        {
            current = await RefreshAsync(facts, current, cancellationToken);
        }

        return new DeclarationState(
            facts, current is null ? null : new DeclarationView(current), await VoidedAsync(placementId));
    }

    /// <summary>Generates the declaration when every condition holds; otherwise names the unmet ones.</summary>
    public async Task<DeclarationOutcome> GenerateAsync(Guid placementId, Viewer viewer, Actor actor)
    {
        if (!viewer.ManagesCompletion() || await GetAsync(placementId) is not { } state)
        {
            return DeclarationOutcome.NotAllowed;
        }

        if (state.Facts.IndustryPlacement.RecordLockedAtUtc is not null)
        {
            return DeclarationOutcome.Locked;
        }

        if (!state.Facts.AllConditionsMet)
        {
            return DeclarationOutcome.ConditionsUnmet;
        }

        if (state.Declaration is null)
        {
            await AddAsync(state.Facts, actor);
        }

        return DeclarationOutcome.Done;
    }

    public async Task<DeclarationOutcome> SignAsync(
        Guid placementId, SignerCapacity capacity, string shownHash, Viewer viewer, Actor actor)
    {
        if (await GetAsync(placementId) is not { } state || !MaySign(viewer, capacity, state.Facts.Placement))
        {
            return DeclarationOutcome.NotAllowed;
        }

        if (state.Facts.IndustryPlacement.RecordLockedAtUtc is not null)
        {
            return DeclarationOutcome.Locked;
        }

        if (!state.Facts.AllConditionsMet)
        {
            return DeclarationOutcome.ConditionsUnmet;
        }

        if (state.Declaration is not { } declaration)
        {
            return DeclarationOutcome.NotGenerated;
        }

        if (!string.Equals(declaration.Current.ContentHash, shownHash, StringComparison.Ordinal))
        {
            return DeclarationOutcome.ContentChanged;
        }

        if (declaration.SignatureAs(capacity) is not null)
        {
            return DeclarationOutcome.AlreadySigned;
        }

        await AddSignatureAsync(declaration.Current, capacity, viewer, actor);
        await LockIfAllSignedAsync(state.Facts.IndustryPlacement.Id, actor);
        return DeclarationOutcome.Done;
    }

    /// <summary>
    /// Reopens a locked record: clears the lock and voids the signatures on this placement's declaration, so it has
    /// to be signed again. Refused without a reason.
    /// </summary>
    public async Task<CompletionResult> ReopenAsync(Guid placementId, string? reason, Viewer viewer, Actor actor)
    {
        if (!viewer.ManagesCompletion())
        {
            return CompletionResult.NotFound;
        }

        var industry = await db.Placements.Where(p => p.Id == placementId).Select(p => p.IndustryPlacement!)
            .SingleOrDefaultAsync();
        if (industry is null)
        {
            return CompletionResult.NotFound;
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 1000)
        {
            return CompletionResult.Refused(
                "Reason", "Enter why the record is being reopened, in 1000 characters or fewer");
        }

        if (industry.RecordLockedAtUtc is null)
        {
            return CompletionResult.Refused("Reason", "The record is not locked");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        industry.RecordLockedAtUtc = null;
        industry.Version++;
        var current = await CurrentAsync(placementId, CancellationToken.None);
        var voided = current?.Signatures.Where(s => s.VoidedAtUtc is null).ToList() ?? [];
        voided.ForEach(s => s.VoidedAtUtc = now);
        audit.Record(actor, CompletionAuditActions.RecordReopened,
            $"Completion record reopened; {voided.Count} declaration signature(s) voided. Reason: {reason.Trim()}",
            new AuditSubject("Placement", placementId.ToString(), current?.ContentHash));
        var placement = await db.Placements.SingleAsync(p => p.Id == placementId);
        if (PlacementStatusFlow.AllowsReopening(placement.Status))
        {
            // The history keeps 1000 characters of the reason; the audit entry above keeps it whole.
            var why = $"{PlacementStatusFlow.ReopenedReason}: {reason.Trim()}";
            await StatusMove.ApplyAsync(db, audit, placement, PlacementStatus.Active,
                why[..Math.Min(why.Length, PlacementService.MaxReasonLength)], actor, now);
        }

        await db.SaveChangesAsync();
        return CompletionResult.Saved;
    }

    /// <summary>The capacities a viewer may sign this placement's declaration in.</summary>
    public static IReadOnlyList<SignerCapacity> CapacitiesFor(Viewer viewer, Placement placement) =>
        [.. Capacities.Where(c => MaySign(viewer, c, placement))];

    public static bool IsFullySigned(SignedDocument document) =>
        Capacities.All(c => document.Signatures.Any(s =>
            s.Capacity == c && s.VoidedAtUtc is null && s.ContentHash == document.ContentHash));

    /// <summary>
    /// The provider signs through a coordinator or administrator, the employer through the supervisor.
    /// </summary>
    private static bool MaySign(Viewer viewer, SignerCapacity capacity, Placement placement) =>
        Capacities.Contains(capacity)
        && AgreementService.MaySign(viewer, capacity, null, placement.SupervisorUserId);

    private async Task<SignedDocument?> RefreshAsync(
        DeclarationFacts facts, SignedDocument current, CancellationToken cancellationToken)
    {
        var conditionsHold = facts.AllConditionsMet;
        var text = DeclarationContent.Build(facts).ToPlainText();
        if (conditionsHold && text == current.Content)
        {
            return current;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var voided = current.Signatures.Where(s => s.VoidedAtUtc is null).ToList();
        voided.ForEach(s => s.VoidedAtUtc = now);
        current.ReplacedAtUtc = now;
        audit.Record(Actor.System, CompletionAuditActions.DeclarationVoided,
            conditionsHold
                ? $"The completion declaration changed; {voided.Count} signature(s) voided"
                : $"The completion conditions no longer hold; the declaration and {voided.Count} signature(s) voided",
            new AuditSubject("Placement", facts.Placement.Id.ToString(), current.ContentHash));
        await db.SaveChangesAsync(cancellationToken);
        return conditionsHold ? await AddAsync(facts, Actor.System) : null;
    }

    private async Task<SignedDocument> AddAsync(DeclarationFacts facts, Actor actor)
    {
        var text = DeclarationContent.Build(facts).ToPlainText();
        var document = new SignedDocument
        {
            Id = Guid.NewGuid(),
            PlacementId = facts.Placement.Id,
            Kind = DocumentKind.CompletionDeclaration,
            Content = text,
            ContentHash = PrintedDocument.Hash(text),
            GeneratedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.SignedDocuments.Add(document);
        audit.Record(actor, CompletionAuditActions.DeclarationGenerated, "Generated the completion declaration",
            new AuditSubject("Placement", facts.Placement.Id.ToString(), After: document.ContentHash));
        await db.SaveChangesAsync();
        return document;
    }

    private async Task AddSignatureAsync(SignedDocument document, SignerCapacity capacity, Viewer viewer, Actor actor)
    {
        var name = await db.Users.Where(u => u.Id == viewer.UserId).Select(u => u.DisplayName).SingleAsync();
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
        audit.Record(actor, CompletionAuditActions.DeclarationSigned,
            $"Signed the completion declaration as {capacity}",
            new AuditSubject("Placement", document.PlacementId.ToString(), After: document.ContentHash));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Locks the industry placement once each of its placements that is not withdrawn has a fully signed
    /// declaration: with two employers, both must have signed.
    /// </summary>
    private async Task LockIfAllSignedAsync(Guid industryPlacementId, Actor actor)
    {
        var placementIds = await db.Placements
            .Where(p => p.IndustryPlacementId == industryPlacementId && !NotDeclared.Contains(p.Status))
            .Select(p => p.Id)
            .ToListAsync();
        var declarations = await db.SignedDocuments.AsNoTracking().Include(d => d.Signatures)
            .Where(d => placementIds.Contains(d.PlacementId)
                && d.Kind == DocumentKind.CompletionDeclaration
                && d.ReplacedAtUtc == null)
            .ToListAsync();
        if (!placementIds.All(id => declarations.Any(d => d.PlacementId == id && IsFullySigned(d))))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var industry = await db.IndustryPlacements.SingleAsync(i => i.Id == industryPlacementId);
        industry.RecordLockedAtUtc = now;
        industry.Version++;
        audit.Record(actor, CompletionAuditActions.RecordLocked,
            "Completion declaration fully signed: the placement record is now read-only",
            new AuditSubject(nameof(IndustryPlacement), industryPlacementId.ToString()));
        await CompleteAsync(placementIds, actor, now);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Each placement the status flow lets become completed (an active one) does, with the usual history row and
    /// audit entry. One already completed stays so; one on hold or not yet active keeps its status
    /// (docs/completion.md).
    /// </summary>
    private async Task CompleteAsync(IReadOnlyList<Guid> placementIds, Actor actor, DateTime now)
    {
        var placements = await db.Placements.Where(p => placementIds.Contains(p.Id)).ToListAsync();
        var completing = placements.Where(p => PlacementStatusFlow.Allows(p.Status, PlacementStatus.Completed));
        foreach (var placement in completing)
        {
            await StatusMove.ApplyAsync(db, audit, placement, PlacementStatus.Completed,
                PlacementStatusFlow.DeclarationSignedReason, actor, now);
        }
    }

    private Task<SignedDocument?> CurrentAsync(Guid placementId, CancellationToken cancellationToken) =>
        db.SignedDocuments
            .Include(d => d.Signatures)
            .Where(d => d.PlacementId == placementId
                && d.Kind == DocumentKind.CompletionDeclaration
                && d.ReplacedAtUtc == null)
            .OrderByDescending(d => d.GeneratedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<Signature>> VoidedAsync(Guid placementId) =>
        await db.Signatures.AsNoTracking()
            .Where(s => s.VoidedAtUtc != null
                && db.SignedDocuments.Any(d => d.Id == s.DocumentId
                    && d.PlacementId == placementId
                    && d.Kind == DocumentKind.CompletionDeclaration))
            .OrderBy(s => s.SignedAtUtc)
            .ToListAsync();
}

/// <summary>
/// A placement's completion conditions and declaration, and the signatures voided on earlier versions.
/// </summary>
public sealed record DeclarationState(
    DeclarationFacts Facts,
    DeclarationView? Declaration,
    IReadOnlyList<Signature> VoidedSignatures)
{
    public bool IsLocked => Facts.IndustryPlacement.RecordLockedAtUtc is not null;
}

/// <summary>
/// The stored declaration with its signatures. Its text is shown as stored, since that is what was signed.
/// </summary>
public sealed record DeclarationView(SignedDocument Current)
{
    public IReadOnlyList<string> Lines => Current.Content.Split('\n');

    public bool IsFullySigned => DeclarationService.IsFullySigned(Current);

    public Signature? SignatureAs(SignerCapacity capacity) =>
        Current.Signatures.FirstOrDefault(s => s.Capacity == capacity && s.VoidedAtUtc is null);
}

public enum DeclarationOutcome
{
    Done,
    AlreadySigned,
    ContentChanged,

    /// <summary>A condition does not hold: the declaration cannot be generated or signed.</summary>
    ConditionsUnmet,

    NotGenerated,
    NotAllowed,

    /// <summary>The record is locked: reopen it first.</summary>
    Locked,
}

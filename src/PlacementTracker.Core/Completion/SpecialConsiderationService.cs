using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Completion;

/// <summary>
/// Special consideration on a student's industry placement (DOMAIN.md): reasons from the reference data, the hours
/// actually completed and a note of the evidence. Coordinators and administrators record and clear it; either is
/// refused while the record is locked, and both are audited.
/// </summary>
public sealed class SpecialConsiderationService(PlacementDbContext db, AccessScope scope, AuditLog audit)
{
    /// <summary>The reasons in reference data, as code and text, ordered by code.</summary>
    public async Task<IReadOnlyList<(string Code, string Reason)>> ReasonsAsync() =>
        [.. (await db.SpecialConsiderationReasons.AsNoTracking().OrderBy(r => r.Code).ToListAsync())
            .Select(r => (r.Code, r.Reason))];

    /// <summary>The industry placement a placement belongs to, when the viewer may see the placement.</summary>
    public Task<IndustryPlacement?> FindAsync(Guid placementId, Viewer viewer) =>
        scope.Placements(viewer)
            .Where(p => p.Id == placementId)
            .Select(p => p.IndustryPlacement!)
            .AsNoTracking()
            .SingleOrDefaultAsync();

    public async Task<CompletionResult> RecordAsync(
        Guid placementId, SpecialConsiderationInput input, Viewer viewer, Actor actor)
    {
        if (!viewer.ManagesCompletion() || await TrackedAsync(placementId, viewer) is not { } industry)
        {
            return CompletionResult.NotFound;
        }

        var known = (await db.SpecialConsiderationReasons.Select(r => r.Code).ToListAsync()).ToHashSet();
        var errors = CompletionRules.Validate(input, known);
        if (errors.Count > 0)
        {
            return new CompletionResult(errors);
        }

        if (industry.RecordLockedAtUtc is not null)
        {
            return CompletionResult.Locked;
        }

        var before = Describe(industry);
        industry.SpecialConsiderationReasonCodes = string.Join(',', input.ReasonCodes.Order(StringComparer.Ordinal));
        industry.SpecialConsiderationHours = input.Hours;
        industry.SpecialConsiderationNote = input.Note!.Trim();
        industry.Version++;
        audit.Record(actor, CompletionAuditActions.SpecialConsiderationRecorded,
            $"Special consideration recorded: {industry.SpecialConsiderationReasonCodes}, "
            + $"{industry.SpecialConsiderationHours} hours",
            new AuditSubject(nameof(IndustryPlacement), industry.Id.ToString(), before, Describe(industry)));
        return await SaveAsync();
    }

    public async Task<CompletionResult> ClearAsync(Guid placementId, Viewer viewer, Actor actor)
    {
        if (!viewer.ManagesCompletion() || await TrackedAsync(placementId, viewer) is not { } industry)
        {
            return CompletionResult.NotFound;
        }

        if (industry.RecordLockedAtUtc is not null)
        {
            return CompletionResult.Locked;
        }

        if (industry.SpecialConsiderationReasonCodes is null)
        {
            return CompletionResult.Saved;
        }

        var before = Describe(industry);
        (industry.SpecialConsiderationReasonCodes, industry.SpecialConsiderationHours) = (null, null);
        industry.SpecialConsiderationNote = null;
        industry.Version++;
        audit.Record(actor, CompletionAuditActions.SpecialConsiderationCleared, "Special consideration cleared",
            new AuditSubject(nameof(IndustryPlacement), industry.Id.ToString(), before));
        return await SaveAsync();
    }

    /// <summary>True when reasons and actual hours are recorded: what the completion declaration asks for.</summary>
    public static bool IsRecorded(IndustryPlacement industry) =>
        !string.IsNullOrEmpty(industry.SpecialConsiderationReasonCodes) && industry.SpecialConsiderationHours is > 0;

    private Task<IndustryPlacement?> TrackedAsync(Guid placementId, Viewer viewer) =>
        scope.Placements(viewer)
            .Where(p => p.Id == placementId)
            .Select(p => p.IndustryPlacement!)
            .SingleOrDefaultAsync();

    private async Task<CompletionResult> SaveAsync()
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return CompletionResult.OutOfDate;
        }

        return CompletionResult.Saved;
    }

    // The evidence note stays out of the log: it may describe the student's health or family.
    private static string Describe(IndustryPlacement i) =>
        i.SpecialConsiderationReasonCodes is null
            ? "none"
            : $"{i.SpecialConsiderationReasonCodes}|{i.SpecialConsiderationHours}";
}

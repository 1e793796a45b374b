using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Completion;

/// <summary>One condition of the completion declaration: what it asks, whether it holds, and what was found.</summary>
public sealed record CompletionCondition(string Name, bool Met, string Detail);

/// <summary>
/// Everything the completion declaration of one placement checks and says, gathered from the records. Hours are the
/// whole industry placement's (across its employers); reviews, the completion review and the agreement are this
/// placement's.
/// </summary>
public sealed record DeclarationFacts(
    Placement Placement,
    IndustryPlacement IndustryPlacement,
    string ProviderName,
    string? SupervisorName,
    int CountedMinutes,
    int RequiredMinutes,
    IReadOnlyList<string> SpecialConsiderationReasons,
    IReadOnlyDictionary<ReviewKind, DateOnly> ReviewsHeld,
    CompletionReview? CompletionReview,
    SignedDocument? Agreement)
{
    public static readonly ReviewKind[] FormalReviews = [ReviewKind.Start, ReviewKind.Middle, ReviewKind.End];

    public static async Task<DeclarationFacts?> LoadAsync(
        PlacementDbContext db,
        ProgressService progress,
        Guid placementId,
        CancellationToken cancellationToken = default)
    {
        var placement = await db.Placements.AsNoTracking()
            .Include(p => p.Student)
            .Include(p => p.Employer)
            .Include(p => p.IndustryPlacement)
            .SingleOrDefaultAsync(p => p.Id == placementId, cancellationToken);
        if (placement is null)
        {
            return null;
        }

        var hours = await progress.ForIndustryPlacementAsync(placement.IndustryPlacementId, cancellationToken);
        var settings = await db.ProviderSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken)
            ?? new ProviderSettings();
        var supervisor = await db.Users.Where(u => u.Id == placement.SupervisorUserId)
            .Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        var held = await db.Reviews.AsNoTracking()
            .Where(r => r.PlacementId == placementId && r.Kind != ReviewKind.Informal && r.HeldOn != null)
            .Select(r => new { r.Kind, HeldOn = r.HeldOn!.Value })
            .ToListAsync(cancellationToken);
        var review = await db.CompletionReviews.AsNoTracking()
            .SingleOrDefaultAsync(r => r.PlacementId == placementId, cancellationToken);
        var agreement = await db.SignedDocuments.AsNoTracking().Include(d => d.Signatures)
            .Where(d => d.PlacementId == placementId && d.Kind == DocumentKind.Agreement && d.ReplacedAtUtc == null)
            .OrderByDescending(d => d.GeneratedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
        return new DeclarationFacts(placement, placement.IndustryPlacement!, settings.ProviderName, supervisor,
            hours.CountedMinutes, hours.RequiredMinutes,
            await ReasonsAsync(db, placement.IndustryPlacement!, cancellationToken),
            held.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Max(r => r.HeldOn)),
            review, agreement);
    }

    public bool HoursReached => CountedMinutes >= RequiredMinutes;

    public bool HasSpecialConsideration => SpecialConsiderationService.IsRecorded(IndustryPlacement);

    public bool AgreementSigned => Agreement is not null && AgreementService.IsFullySigned(Agreement);

    /// <summary>Each condition of DESIGN.md section 5, in the order the page shows them.</summary>
    public IReadOnlyList<CompletionCondition> Conditions() =>
    [
        new("Hours",
            HoursReached || HasSpecialConsideration,
            HoursReached
                ? $"{TimeRules.Hours(CountedMinutes)} counted of {TimeRules.Hours(RequiredMinutes)} required"
                : HasSpecialConsideration
                    ? $"{TimeRules.Hours(CountedMinutes)} counted of {TimeRules.Hours(RequiredMinutes)} required; "
                        + $"special consideration recorded for {IndustryPlacement.SpecialConsiderationHours} hours"
                    : $"{TimeRules.Hours(CountedMinutes)} counted of {TimeRules.Hours(RequiredMinutes)} required, "
                        + "and no special consideration is recorded"),
        .. FormalReviews.Select(kind => new CompletionCondition(
            $"{kind} review held",
            ReviewsHeld.ContainsKey(kind),
            ReviewsHeld.TryGetValue(kind, out var on) ? $"Held on {TimeRules.Words(on)}" : "Not held yet")),
        new("Employer appraisal done",
            CompletionReview?.AppraisalCompletedAtUtc is not null,
            CompletionReview?.AppraisalCompletedAtUtc is { } a ? $"Completed on {LocalDate(a)}" : "Not done yet"),
        new("End-of-placement review done",
            CompletionReview?.EndOfPlacementCompletedAtUtc is not null,
            CompletionReview?.EndOfPlacementCompletedAtUtc is { } e ? $"Completed on {LocalDate(e)}" : "Not done yet"),
        new("Placement agreement signed",
            AgreementSigned,
            AgreementSigned ? "Signed by the student, provider and employer" : "Not signed by everyone yet"),
    ];

    public bool AllConditionsMet => Conditions().All(c => c.Met);

    public static string LocalDate(DateTime utc) =>
        TimeRules.Words(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(
            DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeRules.London)));

    private static async Task<IReadOnlyList<string>> ReasonsAsync(
        PlacementDbContext db, IndustryPlacement industry, CancellationToken cancellationToken)
    {
        var codes = industry.SpecialConsiderationReasonCodes?.Split(',') ?? [];
        if (codes.Length == 0)
        {
            return [];
        }

        var reasons = await db.SpecialConsiderationReasons.AsNoTracking()
            .Where(r => codes.Contains(r.Code))
            .ToDictionaryAsync(r => r.Code, r => r.Reason, cancellationToken);
        return [.. codes.Select(c => reasons.TryGetValue(c, out var reason) ? $"{c}: {reason}" : c)];
    }
}

using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reviews;

namespace PlacementTracker.Core.Monitoring;

/// <summary>One placement on a caseload: who and where, its hours, next review, and status with reasons.</summary>
public sealed record CaseloadEntry
{
    public required Guid PlacementId { get; init; }

    public required Guid StudentId { get; init; }

    public required string StudentName { get; init; }

    public required string StudentSortName { get; init; }

    public required Guid EmployerId { get; init; }

    public required string EmployerName { get; init; }

    public required string CoreCode { get; init; }

    public string? PathwayName { get; init; }

    public string? TutorUserId { get; init; }

    public string? TutorName { get; init; }

    public required string Cohort { get; init; }

    public required PlacementStatus PlacementStatus { get; init; }

    public required PlacementSnapshot Snapshot { get; init; }

    public required PlacementAssessment Assessment { get; init; }

    /// <summary>The earliest formal or informal review not yet held, when one has a date.</summary>
    public (ReviewKind Kind, DateOnly DueOn)? NextReview { get; init; }

    public RagStatus Status => Assessment.Status;
}

/// <summary>What a caseload is narrowed to; an empty value means any.</summary>
public sealed record CaseloadFilter(
    RagStatus? Status = null,
    StatusReasonCode? Reason = null,
    string? Pathway = null,
    Guid? Employer = null,
    string? Tutor = null,
    string? Cohort = null)
{
    public bool Matches(CaseloadEntry entry) =>
        (Status is null || entry.Status == Status)
        && MatchesAllButStatus(entry);

    /// <summary>Every filter but the status, so the counts by status show what each status link would find.</summary>
    public bool MatchesAllButStatus(CaseloadEntry entry) =>
        (Reason is null || entry.Assessment.Has(Reason.Value))
        && (string.IsNullOrEmpty(Pathway) || entry.CoreCode == Pathway)
        && (Employer is null || entry.EmployerId == Employer)
        && (string.IsNullOrEmpty(Tutor) || entry.TutorUserId == Tutor)
        && (string.IsNullOrEmpty(Cohort) || entry.Cohort == Cohort);
}

/// <summary>A caseload after filtering: its entries most urgent first, and the counts by status.</summary>
public sealed record Caseload(IReadOnlyList<CaseloadEntry> Entries, IReadOnlyDictionary<RagStatus, int> Counts)
{
    public static Caseload From(IEnumerable<CaseloadEntry> all, CaseloadFilter filter)
    {
        var candidates = all.Where(filter.MatchesAllButStatus).ToList();
        var counts = Enum.GetValues<RagStatus>().ToDictionary(s => s, s => candidates.Count(e => e.Status == s));
        return new Caseload([.. ByUrgency(candidates.Where(filter.Matches))], counts);
    }

    /// <summary>Red first, then amber, then green; within each, more red reasons and then more reasons first.</summary>
    public static IEnumerable<CaseloadEntry> ByUrgency(IEnumerable<CaseloadEntry> entries) =>
        entries
            .OrderByDescending(e => e.Status)
            .ThenByDescending(e => e.Assessment.RedReasons)
            .ThenByDescending(e => e.Assessment.Reasons.Count)
            .ThenBy(e => e.StudentSortName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.PlacementId);
}

namespace PlacementTracker.Core.Monitoring;

/// <summary>Red, amber or green: how much a placement needs someone's attention.</summary>
public enum RagStatus
{
    Green,
    Amber,
    Red,
}

/// <summary>Why a placement is not green: the caseload filters on the code, and settings switch it off.</summary>
public enum StatusReasonCode
{
    HoursBehind,
    CompletionAfterDeadline,
    ReviewOverdue,
    ReviewNotScheduled,
    TimesheetsWaiting,
    NoLogbookEntry,
    AttendancePattern,
    AgreementNotSigned,
    DueDiligenceExpired,
    ObjectivesOverdue,
    ReviewNeedsImprovement,
    EmployerConcerns,
}

/// <summary>One reason behind a placement's status: a sentence a coordinator can act on, with its numbers.</summary>
public sealed record StatusReason(StatusReasonCode Code, RagStatus Severity, string Sentence);

/// <summary>A placement's status and every reason behind it, the most serious first.</summary>
public sealed record PlacementAssessment(RagStatus Status, IReadOnlyList<StatusReason> Reasons)
{
    public int RedReasons => Reasons.Count(r => r.Severity == RagStatus.Red);

    public bool Has(StatusReasonCode code) => Reasons.Any(r => r.Code == code);
}

public static class StatusReasonNames
{
    /// <summary>The short name of a reason, for filters and settings.</summary>
    public static string For(StatusReasonCode code) => code switch
    {
        StatusReasonCode.HoursBehind => "Hours behind",
        StatusReasonCode.CompletionAfterDeadline => "Projected to finish after the deadline",
        StatusReasonCode.ReviewOverdue => "Formal review overdue",
        StatusReasonCode.ReviewNotScheduled => "Formal review not scheduled",
        StatusReasonCode.TimesheetsWaiting => "Timesheets waiting for approval",
        StatusReasonCode.NoLogbookEntry => "No recent logbook entry",
        StatusReasonCode.AttendancePattern => "Unauthorised absence or lateness",
        StatusReasonCode.AgreementNotSigned => "Agreement not fully signed",
        StatusReasonCode.DueDiligenceExpired => "Employer check expired",
        StatusReasonCode.ObjectivesOverdue => "Objectives past their target date",
        StatusReasonCode.ReviewNeedsImprovement => "Last review needs improvement",
        StatusReasonCode.EmployerConcerns => "Concerns from the employer",
        _ => code.ToString(),
    };

    public static string For(RagStatus status) => status switch
    {
        RagStatus.Red => "Red",
        RagStatus.Amber => "Amber",
        _ => "Green",
    };

    /// <summary>Reads the comma-separated codes of <c>ProviderSettings.IgnoredStatusReasons</c>.</summary>
    public static IReadOnlySet<StatusReasonCode> Parse(string? codes) =>
        (codes ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => Enum.TryParse<StatusReasonCode>(c, out var code) ? code : (StatusReasonCode?)null)
            .OfType<StatusReasonCode>()
            .ToHashSet();

    public static string Join(IEnumerable<StatusReasonCode> codes) =>
        string.Join(",", codes.Distinct().Order().Select(c => c.ToString()));
}

namespace PlacementTracker.Core.Timesheets;

/// <summary>
/// One placement's week, Monday to Sunday: submitted by the student, approved or returned by the supervisor.
/// An approved week is locked until a coordinator reopens it with a reason.
/// </summary>
public class Timesheet
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    public DateOnly WeekStart { get; set; }

    public TimesheetStatus Status { get; set; }

    /// <summary>SHA-256 of the week's entries when it was last submitted; an approval is for exactly those.</summary>
    public string? SubmittedHash { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public string? SubmittedByUserId { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? DecidedByUserId { get; set; }

    public string? DecidedByName { get; set; }

    /// <summary>Why the supervisor returned the week.</summary>
    public string? ReturnComment { get; set; }

    /// <summary>Why a coordinator last reopened the week after it was approved.</summary>
    public string? ReopenReason { get; set; }

    public uint Version { get; set; }
}

public enum TimesheetStatus
{
    Open,
    Submitted,
    Approved,
    Returned,
}

/// <summary>
/// A link emailed to the supervisor to approve or return a week without signing in. Only the SHA-256 of its token
/// is stored. It works once, until it expires, and only while the week is as it was when the link was sent.
/// </summary>
public class TimesheetApprovalLink
{
    public Guid Id { get; set; }

    public Guid TimesheetId { get; set; }

    public string TokenHash { get; set; } = "";

    /// <summary>The week's <see cref="Timesheet.SubmittedHash"/> when the link was sent.</summary>
    public string ContentHash { get; set; } = "";

    public string SupervisorUserId { get; set; } = "";

    public DateTime SentAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? UsedAtUtc { get; set; }
}

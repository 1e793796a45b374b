using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Timesheets;

/// <summary>One placement week as people see it: its entries, attendance and where its timesheet stands.</summary>
public sealed record TimesheetWeek(
    Placement Placement,
    DateOnly WeekStart,
    Timesheet? Timesheet,
    IReadOnlyList<TimeEntry> Entries,
    IReadOnlyList<Attendance> Attendance)
{
    public TimesheetStatus Status => Timesheet?.Status ?? TimesheetStatus.Open;

    public int TotalMinutes => Entries.Sum(e => e.Minutes);

    public bool IsLocked => Status == TimesheetStatus.Approved;
}

/// <summary>A line of the weeks list: a week's status and the minutes recorded in it.</summary>
public sealed record WeekSummary(DateOnly WeekStart, TimesheetStatus Status, int Minutes);

/// <summary>An absence or late arrival as typed.</summary>
public sealed record AttendanceInput(DateOnly? Date, AttendanceKind? Kind, int? Minutes, string? Note);

/// <summary>The week an emailed link is for, or why the link cannot be used.</summary>
public sealed record LinkedWeek(TimesheetWeek? Week, string? Problem);

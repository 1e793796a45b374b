namespace PlacementTracker.Core.Timesheets;

/// <summary>Audit actions for hours and timesheets; every change to either writes one.</summary>
public static class TimesheetAuditActions
{
    public const string TimeEntryAdded = "TimeEntryAdded";
    public const string TimeEntryChanged = "TimeEntryChanged";
    public const string TimeEntryDeleted = "TimeEntryDeleted";
    public const string AttendanceRecorded = "AttendanceRecorded";
    public const string TimesheetSubmitted = "TimesheetSubmitted";
    public const string TimesheetApproved = "TimesheetApproved";
    public const string TimesheetReturned = "TimesheetReturned";
    public const string TimesheetReopened = "TimesheetReopened";
}

using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Web.Timesheets;

/// <summary>How entries and statuses read on the hours pages and in email.</summary>
public static class HoursText
{
    public static string Kind(TimeEntryKind kind) => kind switch
    {
        TimeEntryKind.OnSite => "On site",
        TimeEntryKind.Remote => "Remote",
        TimeEntryKind.WorkTaster => "Work taster",
        TimeEntryKind.TeamProject => "Team project",
        TimeEntryKind.SkillsHub => "Skills hub",
        TimeEntryKind.PartTimeWork => "Part-time work",
        _ => kind.ToString(),
    };

    public static string Attendance(AttendanceKind kind) => kind switch
    {
        AttendanceKind.AuthorisedAbsence => "Authorised absence",
        AttendanceKind.UnauthorisedAbsence => "Unauthorised absence",
        AttendanceKind.Sickness => "Sickness",
        AttendanceKind.Lateness => "Lateness",
        _ => kind.ToString(),
    };

    public static string Status(TimesheetStatus status) => status switch
    {
        TimesheetStatus.Open => "Not submitted",
        TimesheetStatus.Submitted => "Waiting for approval",
        TimesheetStatus.Approved => "Approved",
        TimesheetStatus.Returned => "Returned",
        _ => status.ToString(),
    };

    public static string StatusTag(TimesheetStatus status) => status switch
    {
        TimesheetStatus.Approved => "govuk-tag govuk-tag--green",
        TimesheetStatus.Submitted => "govuk-tag govuk-tag--blue",
        TimesheetStatus.Returned => "govuk-tag govuk-tag--red",
        _ => "govuk-tag govuk-tag--grey",
    };

    public static string Times(TimeEntry entry) =>
        entry.Start is { } start && entry.End is { } end
            ? $"{TimeRules.Words(start)} to {TimeRules.Words(end)}{(end < start ? " (next day)" : "")}"
            : "Duration only";

    public static string Day(DateOnly date) =>
        date.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Line(TimeEntry entry) =>
        $"{Day(entry.Date)}: {Times(entry)}, {TimeRules.Hours(entry.Minutes)}, {Kind(entry.Kind)}" +
        (entry.Note is null ? "" : $" ({entry.Note})");
}

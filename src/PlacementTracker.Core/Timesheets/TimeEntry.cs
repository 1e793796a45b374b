namespace PlacementTracker.Core.Timesheets;

/// <summary>
/// Time a student spent on their placement on one local date (Europe/London). A shift that runs past midnight
/// belongs to the date it starts. <see cref="Minutes"/> is the real elapsed time, so a night across a clock change
/// is an hour shorter or longer than the clock times suggest.
/// </summary>
public class TimeEntry
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The Monday of the week the entry belongs to: its timesheet.</summary>
    public DateOnly WeekStart { get; set; }

    /// <summary>Local start time; null when only a duration was recorded.</summary>
    public TimeOnly? Start { get; set; }

    /// <summary>Local end time; earlier than the start means the next day.</summary>
    public TimeOnly? End { get; set; }

    public int Minutes { get; set; }

    public TimeEntryKind Kind { get; set; }

    public string? Note { get; set; }

    public string? RecordedByUserId { get; set; }

    public string RecordedByName { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }

    public uint Version { get; set; }
}

public enum TimeEntryKind
{
    OnSite,
    Remote,
    WorkTaster,
    TeamProject,
    SkillsHub,
    PartTimeWork,
}

/// <summary>An absence or a late arrival, recorded by the supervisor or staff.</summary>
public class Attendance
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    public DateOnly Date { get; set; }

    public AttendanceKind Kind { get; set; }

    /// <summary>Minutes late, for lateness; minutes missed, for an absence of part of a day (null: the whole day).</summary>
    public int? Minutes { get; set; }

    public string? Note { get; set; }

    public string? RecordedByUserId { get; set; }

    public string RecordedByName { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}

public enum AttendanceKind
{
    AuthorisedAbsence,
    UnauthorisedAbsence,
    Sickness,
    Lateness,
}

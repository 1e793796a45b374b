namespace PlacementTracker.Core.Reminders;

/// <summary>When reminders go and what counts as due; the web app reads these from the "Reminders" settings.</summary>
public sealed class ReminderOptions
{
    /// <summary>Whether this server runs the daily job. Every server may: claims keep reminders once-only.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The local time (Europe/London) the daily job runs, as HH:mm.</summary>
    public string DailyAt { get; set; } = "07:00";

    /// <summary>A review is reminded about when it is due within this many days.</summary>
    public int ReviewDaysAhead { get; set; } = 7;

    /// <summary>A submitted week still awaiting approval this many days later is reminded about.</summary>
    public int TimesheetApprovalDays { get; set; } = 3;

    /// <summary>An active placement's logbook with no entry dated within this many days is stale.</summary>
    public int LogbookStaleDays { get; set; } = 14;

    /// <summary>Coordinators are reminded about a due-diligence check this many days before it expires.</summary>
    public int DueDiligenceDaysBefore { get; set; } = 30;

    /// <summary>How many times a reminder whose sending failed is tried in all, one try per run.</summary>
    public int MaxAttempts { get; set; } = 3;

    public TimeOnly DailyAtTime =>
        TimeOnly.TryParseExact(DailyAt, "HH:mm", out var time)
            ? time
            : throw new InvalidOperationException("Reminders:DailyAt must be a time of day as HH:mm, such as 07:00.");
}

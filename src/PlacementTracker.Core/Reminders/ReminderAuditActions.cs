namespace PlacementTracker.Core.Reminders;

/// <summary>Audit actions for reminders and calendar feeds, kept beside them so the areas merge cleanly.</summary>
public static class ReminderAuditActions
{
    public const string ReminderKindSwitchedOff = "ReminderKindSwitchedOff";
    public const string ReminderKindSwitchedOn = "ReminderKindSwitchedOn";
    public const string CalendarFeedReset = "CalendarFeedReset";
}

using System.Globalization;

namespace PlacementTracker.Core.Reminders;

/// <summary>The period keys of <see cref="SentReminder.PeriodKey"/>, written one way everywhere.</summary>
public static class ReminderPeriods
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The ISO week the day falls in, such as 2026-W49.</summary>
    public static string Week(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}");
    }

    public static string Instant(DateTime utc) =>
        utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

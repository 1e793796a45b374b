using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Reminders;

/// <summary>When the daily job runs: at a local time of day in Europe/London, whatever the clocks are doing.</summary>
public static class ReminderSchedule
{
    /// <summary>The first run time after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, TimeOnly dailyAt)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeRules.London).DateTime);
        for (var day = today; ; day = day.AddDays(1))
        {
            // A time that does not exist on the spring clock change runs an hour later.
            var at = TimeRules.ToUtc(day, dailyAt) ?? TimeRules.ToUtc(day, dailyAt.AddHours(1))!.Value;
            var instant = new DateTimeOffset(at, TimeSpan.Zero);
            if (instant > now)
            {
                return instant;
            }
        }
    }

    /// <summary>Whether today's run time has passed, so a server starting now should catch up straight away.</summary>
    public static bool IsPastTodaysRun(DateTimeOffset now, TimeOnly dailyAt) =>
        TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeRules.London).DateTime) >= dailyAt;
}

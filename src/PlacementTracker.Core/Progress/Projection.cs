using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Progress;

/// <summary>When the hours will be reached at the current rate, or why that cannot be said.</summary>
public sealed record Projection(DateOnly? Date, bool Reached, string Explanation)
{
    /// <summary>How far ahead a projection looks before it gives up.</summary>
    public const int HorizonDays = 3 * 366;

    /// <summary>
    /// Projects from the counted minutes over the working days so far, continuing on <paramref name="pattern"/>
    /// from the day after <paramref name="today"/>.
    /// </summary>
    public static Projection From(int countedMinutes, int targetMinutes, int workingDaysSoFar, DateOnly today,
        WorkingDays pattern, WorkingCalendar calendar)
    {
        if (countedMinutes >= targetMinutes)
        {
            return new(null, true, "The hours have been reached");
        }

        if (workingDaysSoFar == 0 || countedMinutes == 0)
        {
            return new(null, false, "No approved hours yet, so there is no rate to project from");
        }

        var remaining = (long)(targetMinutes - countedMinutes) * workingDaysSoFar;
        var daysNeeded = (int)((remaining + countedMinutes - 1) / countedMinutes);
        var rate = TimeRules.Hours(countedMinutes / workingDaysSoFar);
        var date = calendar.NthWorkingDayAfter(today, daysNeeded, pattern, HorizonDays);
        return date is null
            ? new(null, false, $"At the current rate of {rate} a working day this would take more than three years")
            : new(date, false, $"At the current rate of {rate} a working day");
    }
}

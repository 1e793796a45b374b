using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Progress;

/// <summary>
/// A placement's planned hours spread evenly over its working days: the days of its working pattern from the
/// planned start to the planned end, less bank holidays and closure days.
/// </summary>
public sealed record PlannedSchedule(DateOnly Start, DateOnly End, WorkingDays Pattern, int PlannedMinutes)
{
    /// <summary>Monday to Friday when a placement has no working days recorded.</summary>
    public WorkingDays Days => Pattern == WorkingDays.None ? Weekdays : Pattern;

    public const WorkingDays Weekdays = WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday
        | WorkingDays.Thursday | WorkingDays.Friday;

    public static PlannedSchedule Of(Placement placement) =>
        new(placement.PlannedStart, placement.PlannedEnd, placement.WorkingDays, placement.PlannedHours * 60);

    /// <summary>Working days from the start up to and including <paramref name="date"/>, within the plan.</summary>
    public int WorkingDaysBy(DateOnly date, WorkingCalendar calendar) =>
        date < Start ? 0 : calendar.CountWorkingDays(Start, date < End ? date : End, Days);

    /// <summary>The planned minutes that should have been worked by the end of <paramref name="date"/>.</summary>
    public int ExpectedMinutesBy(DateOnly date, WorkingCalendar calendar)
    {
        if (date < Start)
        {
            return 0;
        }

        if (date >= End)
        {
            return PlannedMinutes;
        }

        var total = calendar.CountWorkingDays(Start, End, Days);
        return total == 0 ? 0 : (int)((long)PlannedMinutes * WorkingDaysBy(date, calendar) / total);
    }
}

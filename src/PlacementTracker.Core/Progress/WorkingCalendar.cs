using System.Collections.Concurrent;
using PlacementTracker.Core.Placements;
using PublicHoliday;

namespace PlacementTracker.Core.Progress;

/// <summary>
/// Which days a placement is expected to be worked: its working days of the week, less the bank holidays of
/// England and Wales and the provider's closure days.
/// </summary>
public sealed class WorkingCalendar
{
    private static readonly ConcurrentDictionary<int, IReadOnlySet<DateOnly>> BankHolidaysByYear = new();

    private readonly HashSet<DateOnly> closures;
    private readonly ConcurrentDictionary<(int Year, WorkingDays Pattern), int[]> runningCounts = new();

    public WorkingCalendar(IEnumerable<DateOnly> closureDays)
    {
        closures = closureDays.ToHashSet();
    }

    public static WorkingCalendar WithoutClosures { get; } = new([]);

    /// <summary>Bank holidays in England and Wales in <paramref name="year"/>, substitute days included.</summary>
    public static IReadOnlySet<DateOnly> BankHolidays(int year) =>
        BankHolidaysByYear.GetOrAdd(year, y => new UKBankHoliday()
            .PublicHolidays(y)
            .Select(DateOnly.FromDateTime)
            .ToHashSet());

    public static bool IsBankHoliday(DateOnly date) => BankHolidays(date.Year).Contains(date);

    public bool IsClosure(DateOnly date) => closures.Contains(date);

    public bool IsWorkingDay(DateOnly date, WorkingDays pattern) =>
        pattern.HasFlag(DayFlag(date.DayOfWeek)) && !IsBankHoliday(date) && !IsClosure(date);

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to, WorkingDays pattern)
    {
        var count = 0;
        for (var year = from.Year; year <= to.Year && from <= to; year++)
        {
            var first = year == from.Year ? from.DayOfYear : 1;
            var last = year == to.Year ? to.DayOfYear : DateTime.IsLeapYear(year) ? 366 : 365;
            var sofar = SoFar(year, pattern);
            count += sofar[last] - sofar[first - 1];
        }

        return count;
    }

    /// <summary>The <paramref name="n"/>th working day after <paramref name="from"/>, or null within the limit.</summary>
    public DateOnly? NthWorkingDayAfter(DateOnly from, int n, WorkingDays pattern, int limitDays)
    {
        if (n < 1)
        {
            return null;
        }

        var start = from.AddDays(1);
        var end = from.AddDays(limitDays);
        var seen = 0;
        for (var year = start.Year; year <= end.Year && start <= end; year++)
        {
            var first = year == start.Year ? start.DayOfYear : 1;
            var last = year == end.Year ? end.DayOfYear : DateTime.IsLeapYear(year) ? 366 : 365;
            var sofar = SoFar(year, pattern);
            if (seen + sofar[last] - sofar[first - 1] < n)
            {
                seen += sofar[last] - sofar[first - 1];
                continue;
            }

            // The day is in this year: the first day of the year whose running count reaches it.
            var wanted = sofar[first - 1] + (n - seen);
            for (var day = first; day <= last; day++)
            {
                if (sofar[day] == wanted)
                {
                    return new DateOnly(year, 1, 1).AddDays(day - 1);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Working days of <paramref name="year"/> on <paramref name="pattern"/> up to and including each day of the
    /// year (index 0 is before the first of January), worked out once per calendar, so that counting the working
    /// days of thousands of placements is a subtraction each rather than a walk over their days.
    /// </summary>
    private int[] SoFar(int year, WorkingDays pattern) =>
        runningCounts.GetOrAdd((year, pattern), key =>
        {
            var days = DateTime.IsLeapYear(key.Year) ? 366 : 365;
            var counts = new int[days + 1];
            var date = new DateOnly(key.Year, 1, 1);
            for (var day = 1; day <= days; day++, date = date.AddDays(1))
            {
                counts[day] = counts[day - 1] + (IsWorkingDay(date, key.Pattern) ? 1 : 0);
            }

            return counts;
        });

    public static WorkingDays DayFlag(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => WorkingDays.Monday,
        DayOfWeek.Tuesday => WorkingDays.Tuesday,
        DayOfWeek.Wednesday => WorkingDays.Wednesday,
        DayOfWeek.Thursday => WorkingDays.Thursday,
        DayOfWeek.Friday => WorkingDays.Friday,
        DayOfWeek.Saturday => WorkingDays.Saturday,
        _ => WorkingDays.Sunday,
    };
}

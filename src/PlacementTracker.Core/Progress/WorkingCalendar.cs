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
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date, pattern))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The <paramref name="n"/>th working day after <paramref name="from"/>, or null within the limit.</summary>
    public DateOnly? NthWorkingDayAfter(DateOnly from, int n, WorkingDays pattern, int limitDays)
    {
        var seen = 0;
        for (var date = from.AddDays(1); date <= from.AddDays(limitDays); date = date.AddDays(1))
        {
            if (IsWorkingDay(date, pattern) && ++seen == n)
            {
                return date;
            }
        }

        return null;
    }

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

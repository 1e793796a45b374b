using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Progress;

namespace PlacementTracker.Core.Tests.Progress;

public sealed class CalendarAndScheduleTests
{
    private const WorkingDays Weekdays = PlannedSchedule.Weekdays;

    [Fact]
    public void BankHolidays_In2026_AreEnglandAndWalesWithTheBoxingDaySubstitute()
    {
        DateOnly[] expected =
        [
            new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 4), new(2026, 5, 25),
            new(2026, 8, 31), new(2026, 12, 25), new(2026, 12, 28),
        ];

        Assert.Equal(expected, WorkingCalendar.BankHolidays(2026).Order());
    }

    [Fact]
    public void WorkingDays_LeaveOutBankHolidaysAndClosureDays()
    {
        var calendar = new WorkingCalendar([new DateOnly(2026, 4, 8)]);

        // The week of Easter Monday 2026, with a closure day on the Wednesday.
        var days = calendar.CountWorkingDays(new DateOnly(2026, 4, 6), new DateOnly(2026, 4, 12), Weekdays);

        Assert.Equal(3, days);
    }

    [Fact]
    public void WorkingDays_AcrossYearEnds_AgreeWithADayByDayCount()
    {
        // Closure days either side of new year, on a leap year and not; every range in steps from one start.
        var calendar = new WorkingCalendar([new DateOnly(2027, 12, 29), new DateOnly(2028, 1, 4),
            new DateOnly(2028, 2, 29)]);
        var patterns = new[] { Weekdays, WorkingDays.Monday | WorkingDays.Saturday, WorkingDays.None };
        var from = new DateOnly(2027, 11, 20);
        foreach (var pattern in patterns)
        {
            for (var to = from.AddDays(-3); to < from.AddDays(500); to = to.AddDays(17))
            {
                var walked = 0;
                for (var day = from; day <= to; day = day.AddDays(1))
                {
                    walked += calendar.IsWorkingDay(day, pattern) ? 1 : 0;
                }

                Assert.Equal(walked, calendar.CountWorkingDays(from, to, pattern));
            }
        }
    }

    [Fact]
    public void NthWorkingDay_AcrossYearEnds_IsTheDayTheWalkReaches()
    {
        var calendar = new WorkingCalendar([new DateOnly(2027, 12, 29), new DateOnly(2028, 1, 4)]);
        var from = new DateOnly(2027, 12, 20);
        var pattern = WorkingDays.Tuesday | WorkingDays.Wednesday;
        var walked = new List<DateOnly>();
        for (var day = from.AddDays(1); day <= from.AddDays(60); day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day, pattern))
            {
                walked.Add(day);
            }
        }

        Assert.Equal(new DateOnly(2027, 12, 21), calendar.NthWorkingDayAfter(from, 1, pattern, 60));
        Assert.Equal(walked, Enumerable.Range(1, walked.Count)
            .Select(n => calendar.NthWorkingDayAfter(from, n, pattern, 60)!.Value));
        Assert.Null(calendar.NthWorkingDayAfter(from, walked.Count + 1, pattern, 60));
        Assert.Null(calendar.NthWorkingDayAfter(from, 0, pattern, 60));
    }

    [Fact]
    public void ExpectedHours_SpreadThePlannedHoursOverTheWorkingDays()
    {
        // Mondays and Tuesdays from 7 September to 16 October 2026: twelve working days, 84 hours planned.
        var schedule = new PlannedSchedule(new DateOnly(2026, 9, 7), new DateOnly(2026, 10, 16),
            WorkingDays.Monday | WorkingDays.Tuesday, 84 * 60);

        Assert.Equal(0, schedule.ExpectedMinutesBy(new DateOnly(2026, 9, 6), WorkingCalendar.WithoutClosures));
        Assert.Equal(14 * 60, schedule.ExpectedMinutesBy(new DateOnly(2026, 9, 13), WorkingCalendar.WithoutClosures));
        Assert.Equal(84 * 60, schedule.ExpectedMinutesBy(new DateOnly(2026, 12, 1), WorkingCalendar.WithoutClosures));
    }

    [Fact]
    public void ExpectedHours_ByAClosureDay_AreSpreadOverTheDaysLeft()
    {
        var closed = new WorkingCalendar([new DateOnly(2026, 9, 8)]);
        var schedule = new PlannedSchedule(new DateOnly(2026, 9, 7), new DateOnly(2026, 10, 16),
            WorkingDays.Monday | WorkingDays.Tuesday, 88 * 60);

        Assert.Equal(8 * 60, schedule.ExpectedMinutesBy(new DateOnly(2026, 9, 13), closed));
    }

    [Fact]
    public void Projection_AtTheCurrentRate_LandsOnAWorkingDay()
    {
        // Ten working days at 6 hours a day so far; 30 hours to go is five more weekdays after Friday 18 September.
        var projection = Projection.From(60 * 60, 90 * 60, 10, new DateOnly(2026, 9, 18), Weekdays,
            WorkingCalendar.WithoutClosures);

        Assert.Equal(new DateOnly(2026, 9, 25), projection.Date);
        Assert.Equal("At the current rate of 6h a working day", projection.Explanation);
    }

    [Fact]
    public void Projection_SkipsBankHolidays()
    {
        // One day to go after Thursday 24 December 2026: Christmas Day and the Boxing Day substitute are skipped.
        var projection = Projection.From(60, 120, 1, new DateOnly(2026, 12, 24), Weekdays,
            WorkingCalendar.WithoutClosures);

        Assert.Equal(new DateOnly(2026, 12, 29), projection.Date);
    }

    [Fact]
    public void Projection_WithNoApprovedHours_SaysWhy()
    {
        var projection = Projection.From(0, 315 * 60, 5, new DateOnly(2026, 9, 18), Weekdays,
            WorkingCalendar.WithoutClosures);

        Assert.Null(projection.Date);
        Assert.Equal("No approved hours yet, so there is no rate to project from", projection.Explanation);
    }

    [Fact]
    public void Projection_OnceTheHoursAreReached_SaysSo()
    {
        var projection = Projection.From(315 * 60, 315 * 60, 50, new DateOnly(2027, 3, 1), Weekdays,
            WorkingCalendar.WithoutClosures);

        Assert.True(projection.Reached);
        Assert.Null(projection.Date);
    }
}

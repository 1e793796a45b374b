using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Tests.Timesheets;

public class TimeRulesTests
{
    private static readonly DateOnly SpringForward = new(2025, 3, 30);

    private static readonly DateOnly AutumnBack = new(2025, 10, 26);

    [Fact]
    public void Measure_AcrossTheSpringClockChange_IsAnHourShorter()
    {
        var (span, _, problem) = TimeRules.Measure(Shift(SpringForward, 0, 30, 3, 0));

        Assert.Null(problem);
        Assert.Equal(90, span!.Minutes);
    }

    [Fact]
    public void Measure_AcrossTheAutumnClockChange_IsAnHourLonger()
    {
        var (span, _, problem) = TimeRules.Measure(Shift(AutumnBack, 0, 30, 3, 0));

        Assert.Null(problem);
        Assert.Equal(210, span!.Minutes);
    }

    [Fact]
    public void Measure_AnAmbiguousAutumnTime_IsReadAsItsFirstOccurrence()
    {
        var (span, _, _) = TimeRules.Measure(Shift(AutumnBack, 1, 30, 2, 30));

        Assert.Equal(new DateTime(2025, 10, 26, 0, 30, 0, DateTimeKind.Utc), span!.StartUtc);
        Assert.Equal(120, span.Minutes);
    }

    [Fact]
    public void Measure_AnOvernightShift_RunsIntoTheNextDay()
    {
        var (span, _, problem) = TimeRules.Measure(Shift(new DateOnly(2026, 10, 6), 22, 0, 6, 0));

        Assert.Null(problem);
        Assert.Equal(480, span!.Minutes);
    }

    [Fact]
    public void Measure_ATimeThatDoesNotExist_IsRefusedWithTheReason()
    {
        // London's clocks jump from 01:00 to 02:00, so 01:30 never happens there (02:30 does).
        var (span, field, problem) = TimeRules.Measure(Shift(SpringForward, 1, 30, 6, 0));

        Assert.Null(span);
        Assert.Equal(nameof(TimeEntryInput.Start), field);
        Assert.Equal("01:30 on 30 March 2025 does not exist: the clocks went forward", problem);
        Assert.Equal(180, TimeRules.Measure(Shift(SpringForward, 2, 30, 5, 30)).Span!.Minutes);
    }

    [Fact]
    public void Measure_AnOvernightShiftEndingInTheMissingHour_IsRefused()
    {
        var (_, field, problem) = TimeRules.Measure(Shift(SpringForward.AddDays(-1), 22, 0, 1, 15));

        Assert.Equal(nameof(TimeEntryInput.End), field);
        Assert.Equal("01:15 on 30 March 2025 does not exist: the clocks went forward", problem);
    }

    [Fact]
    public void Measure_OverTwentyFourHours_IsRefused()
    {
        var byDuration = TimeRules.Measure(Duration(new DateOnly(2026, 10, 6), 24 * 60 + 1));
        var acrossTheAutumnChange = TimeRules.Measure(Shift(AutumnBack, 0, 30, 0, 15));

        Assert.Equal("An entry cannot be longer than 24 hours", byDuration.Problem);
        Assert.Equal("An entry cannot be longer than 24 hours", acrossTheAutumnChange.Problem);
    }

    [Fact]
    public void Measure_WithNeitherTimesNorDuration_AsksForThem()
    {
        var (_, _, problem) = TimeRules.Measure(new TimeEntryInput(new DateOnly(2026, 10, 6), null, null, null,
            TimeEntryKind.OnSite, null));

        Assert.Equal("Enter a start and end time, or the hours worked", problem);
    }

    [Fact]
    public void Overlapping_AnEntryThatCrossesAnotherShift_IsFound()
    {
        var date = new DateOnly(2026, 10, 6);
        var night = new TimeEntry
        {
            Date = date.AddDays(-1),
            Start = new TimeOnly(22, 0),
            End = new TimeOnly(6, 0),
            Minutes = 480,
        };
        var (span, _, _) = TimeRules.Measure(Shift(date, 5, 0, 9, 0));

        Assert.Same(night, TimeRules.Overlapping(date, span!, [night]));
        Assert.Null(TimeRules.Overlapping(date, TimeRules.Measure(Shift(date, 6, 0, 9, 0)).Span!, [night]));
    }

    [Fact]
    public void Overlapping_DurationsThatMakeADayLongerThan24Hours_AreFound()
    {
        var date = new DateOnly(2026, 10, 6);
        var day = new TimeEntry { Date = date, Minutes = 20 * 60 };

        Assert.Same(day, TimeRules.Overlapping(date, new EntrySpan(5 * 60), [day]));
    }

    [Theory]
    [InlineData("2026-10-06", PlacementStatus.Active, null)]
    [InlineData("2026-10-07", PlacementStatus.Active, "The date must be today or in the past")]
    [InlineData("2026-09-06", PlacementStatus.Active,
        "The date must be within the placement, from 7 September 2026 to 29 January 2027")]
    [InlineData("2026-10-06", PlacementStatus.OnHold, "Hours can only be recorded while the placement is active")]
    public void PlacementProblems_RefuseFutureDatesDatesOutsideThePlacementAndInactivePlacements(
        string date,
        PlacementStatus status,
        string? problem)
    {
        var placement = new Placement
        {
            PlannedStart = new DateOnly(2026, 9, 7),
            PlannedEnd = new DateOnly(2027, 1, 29),
            Status = status,
        };

        var errors = TimeRules.PlacementProblems(placement, DateOnly.Parse(date, null), new DateOnly(2026, 10, 6));

        Assert.Equal(problem, errors.GetValueOrDefault(nameof(TimeEntryInput.Date)));
    }

    [Fact]
    public void WeekStart_IsTheMonday()
    {
        Assert.Equal(new DateOnly(2026, 10, 5), TimeRules.WeekStart(new DateOnly(2026, 10, 11)));
        Assert.Equal(new DateOnly(2026, 10, 5), TimeRules.WeekStart(new DateOnly(2026, 10, 5)));
    }

    private static TimeEntryInput Shift(DateOnly date, int startHour, int startMinute, int endHour, int endMinute) =>
        new(date, new TimeOnly(startHour, startMinute), new TimeOnly(endHour, endMinute), null, TimeEntryKind.OnSite,
            null);

    private static TimeEntryInput Duration(DateOnly date, int minutes) =>
        new(date, null, null, minutes, TimeEntryKind.OnSite, null);
}

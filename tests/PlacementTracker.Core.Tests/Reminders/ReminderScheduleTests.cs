using PlacementTracker.Core.Reminders;

namespace PlacementTracker.Core.Tests.Reminders;

public sealed class ReminderScheduleTests
{
    private static readonly TimeOnly Seven = new(7, 0);

    [Fact]
    public void NextRun_InSummer_IsSevenUkTimeTheNextMorning()
    {
        var now = new DateTimeOffset(2026, 10, 5, 6, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 10, 6, 6, 0, 0, TimeSpan.Zero), ReminderSchedule.NextRun(now, Seven));
        Assert.True(ReminderSchedule.IsPastTodaysRun(now, Seven));
    }

    [Fact]
    public void NextRun_BeforeTodaysTime_IsToday()
    {
        var now = new DateTimeOffset(2026, 12, 1, 6, 59, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero), ReminderSchedule.NextRun(now, Seven));
        Assert.False(ReminderSchedule.IsPastTodaysRun(now, Seven));
    }

    [Fact]
    public void NextRun_AcrossTheAutumnClockChange_FollowsUkTime()
    {
        var saturday = new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 7, 0, 0, TimeSpan.Zero),
            ReminderSchedule.NextRun(saturday, Seven));
    }

    [Fact]
    public void NextRun_AtATimeTheSpringClockChangeSkips_RunsAnHourLater()
    {
        var saturday = new DateTimeOffset(2027, 3, 27, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero),
            ReminderSchedule.NextRun(saturday, new TimeOnly(1, 30)));
    }
}

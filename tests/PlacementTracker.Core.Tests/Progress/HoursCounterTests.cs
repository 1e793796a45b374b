using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Tests.Progress;

public sealed class HoursCounterTests
{
    private static readonly Guid First = Guid.NewGuid();

    private static readonly Guid Second = Guid.NewGuid();

    private static readonly DateOnly Start = new(2026, 9, 7);

    private static CountingRules Digital { get; } = new(315, "Digital Support", 50, true, 35, 33.3333m, 33.3333m,
        false);

    private static CountingRules Construction { get; } = Digital with
    {
        SpecialismName = "Civil Engineering",
        RemoteCapPercent = 20
    };

    private static CountingRules EarlyYears { get; } = new(750, "Early Years Educator", 0, false, 35, 33.3333m,
        33.3333m, false);

    [Fact]
    public void OnSiteTime_CountsInFull()
    {
        var count = HoursCounter.Count(Construction, [Time(First, TimeEntryKind.OnSite, Hours(400))]);

        Assert.Equal(Hours(400), count.CountedMinutes);
        Assert.Null(Single(count, TimeEntryKind.OnSite).NotCountedReason);
    }

    [Fact]
    public void RemoteTime_CountsUpToTwentyPercentOfTheRequiredHours()
    {
        var count = HoursCounter.Count(Construction, [Time(First, TimeEntryKind.Remote, Hours(100))]);

        var remote = Single(count, TimeEntryKind.Remote);
        Assert.Equal(Hours(63), remote.CountedMinutes);
        Assert.Equal(Hours(37), remote.NotCountedMinutes);
        Assert.Equal("Remote work counts up to 20% of the required hours (63h)", remote.NotCountedReason);
    }

    [Fact]
    public void RemoteTime_OnTheDigitalRoute_CountsUpToHalf()
    {
        var count = HoursCounter.Count(Digital, [Time(First, TimeEntryKind.Remote, Hours(200))]);

        Assert.Equal(9450, Single(count, TimeEntryKind.Remote).CountedMinutes);
    }

    [Fact]
    public void Tasters_CountUpTo35Hours()
    {
        var count = HoursCounter.Count(Construction, [Time(First, TimeEntryKind.WorkTaster, Hours(40))]);

        var tasters = Single(count, TimeEntryKind.WorkTaster);
        Assert.Equal(Hours(35), tasters.CountedMinutes);
        Assert.Equal("Work tasters count up to 35 hours", tasters.NotCountedReason);
    }

    [Fact]
    public void TeamProjects_CountUpToAThird()
    {
        var count = HoursCounter.Count(Construction, [Time(First, TimeEntryKind.TeamProject, Hours(150))]);

        var team = Single(count, TimeEntryKind.TeamProject);
        Assert.Equal(Hours(105), team.CountedMinutes);
        Assert.Equal("Team projects count up to a third of the required hours (105h)", team.NotCountedReason);
    }

    [Fact]
    public void TeamProjectsAndSkillsHubs_TheOneWorkedFirstCounts()
    {
        var count = HoursCounter.Count(Construction,
        [
            Time(First, TimeEntryKind.SkillsHub, Hours(10), Start.AddDays(14)),
            Time(First, TimeEntryKind.TeamProject, Hours(20), Start.AddDays(3)),
        ]);

        Assert.Equal(Hours(20), Single(count, TimeEntryKind.TeamProject).CountedMinutes);
        var hub = Single(count, TimeEntryKind.SkillsHub);
        Assert.Equal(0, hub.CountedMinutes);
        Assert.Equal("Team projects and skills hubs cannot both count: team projects came first, " +
            "so skills hubs does not count", hub.NotCountedReason);
    }

    [Fact]
    public void TeamProjectsAndSkillsHubs_BothCount_WhenTheSettingAllowsIt()
    {
        var rules = Construction with { AllowTeamProjectsWithSkillsHubs = true };

        var count = HoursCounter.Count(rules,
        [
            Time(First, TimeEntryKind.SkillsHub, Hours(10)),
            Time(First, TimeEntryKind.TeamProject, Hours(20)),
        ]);

        Assert.Equal(Hours(30), count.CountedMinutes);
    }

    [Theory]
    [InlineData(TimeEntryKind.Remote)]
    [InlineData(TimeEntryKind.WorkTaster)]
    [InlineData(TimeEntryKind.TeamProject)]
    [InlineData(TimeEntryKind.SkillsHub)]
    [InlineData(TimeEntryKind.PartTimeWork)]
    public void FlexibleApproaches_DoNotCount_ForEarlyYears(TimeEntryKind kind)
    {
        var count = HoursCounter.Count(EarlyYears, [Time(First, kind, Hours(5)), Time(First, 0, Hours(7))]);

        Assert.Equal(Hours(7), count.CountedMinutes);
        Assert.EndsWith("does not count for Early Years Educator: flexible approaches do not apply",
            Single(count, kind).NotCountedReason);
    }

    [Fact]
    public void ACap_IsSharedAcrossPlacements_InTheOrderTheyStarted()
    {
        var count = HoursCounter.Count(Construction,
        [
            Time(Second, TimeEntryKind.WorkTaster, Hours(20), Start.AddDays(60), placementStart: Start.AddDays(60)),
            Time(First, TimeEntryKind.WorkTaster, Hours(30)),
        ]);

        Assert.Equal(Hours(30), count.CountedFor(First));
        Assert.Equal(Hours(5), count.CountedFor(Second));
        Assert.Equal(Hours(50), count.RecordedMinutes);
    }

    private static KindHours Single(HoursCount count, TimeEntryKind kind) => count.ByKind.Single(k => k.Kind == kind);

    private static int Hours(int hours) => hours * 60;

    private static ApprovedTime Time(Guid placement, TimeEntryKind kind, int minutes, DateOnly? first = null,
        DateOnly? placementStart = null) =>
        new(placement, placementStart ?? Start, kind, minutes, first ?? Start);
}

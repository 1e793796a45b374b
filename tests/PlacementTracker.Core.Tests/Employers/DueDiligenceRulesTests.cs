using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Employers;

namespace PlacementTracker.Core.Tests.Employers;

public class DueDiligenceRulesTests
{
    private static readonly DateOnly Today = new(2026, 10, 5);

    [Theory]
    [InlineData(-1, DueDiligenceStatus.Expired)]
    [InlineData(0, DueDiligenceStatus.ExpiringSoon)]
    [InlineData(30, DueDiligenceStatus.ExpiringSoon)]
    [InlineData(31, DueDiligenceStatus.Current)]
    public void Status_ComparesTheExpiryDateWithTodayAndTheWarningWindow(
        int daysFromToday,
        DueDiligenceStatus expected) =>
        Assert.Equal(expected, DueDiligenceRules.Status(Today.AddDays(daysFromToday), Today, warningDays: 30));

    [Fact]
    public void Status_WithNoWarningWindow_FlagsOnlyExpiredChecks()
    {
        Assert.Equal(DueDiligenceStatus.Current, DueDiligenceRules.Status(Today.AddDays(1), Today, 0));
        Assert.Equal(DueDiligenceStatus.Expired, DueDiligenceRules.Status(Today.AddDays(-1), Today, 0));
    }

    [Fact]
    public void Today_IsTheDateInLondon_NotInUtc()
    {
        // 23:30 UTC on 5 October is 00:30 on 6 October in British Summer Time.
        var lateEvening = new FakeTimeProvider(new DateTimeOffset(2026, 10, 5, 23, 30, 0, TimeSpan.Zero));
        var winterEvening = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 10, 6), DueDiligenceRules.Today(lateEvening));
        Assert.Equal(new DateOnly(2026, 12, 5), DueDiligenceRules.Today(winterEvening));
    }
}

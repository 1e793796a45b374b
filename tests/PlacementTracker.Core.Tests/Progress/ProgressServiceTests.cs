using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Tests.Support;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Tests.Progress;

public sealed class ProgressServiceTests : IAsyncLifetime
{
    private static readonly DateOnly Start = new(2026, 9, 7);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero));

    private CoreTestDatabase database = default!;

    private IndustryPlacement industry = default!;

    private Placement placement = default!;

    private ProgressService Service => new(database.Db,
        new ProviderSettingsStore(database.Db, new AuditLog(database.Db, clock)), clock);

    public async Task InitializeAsync()
    {
        database = await CoreTestDatabase.CreateAsync();
        await new ProviderSettingsStore(database.Db, new AuditLog(database.Db, clock)).EnsureCreatedAsync();
        (industry, placement) = await AddPlacementAsync();
    }

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task OnlyApprovedWeeks_Count()
    {
        await AddWeekAsync(placement, Start, TimesheetStatus.Approved, (TimeEntryKind.OnSite, 7 * 60));
        await AddWeekAsync(placement, Start.AddDays(7), TimesheetStatus.Submitted, (TimeEntryKind.OnSite, 7 * 60));

        var progress = await Service.ForIndustryPlacementAsync(industry.Id);

        Assert.Equal(7 * 60, progress.CountedMinutes);
        Assert.Equal(7 * 60, progress.For(placement.Id)!.CountedMinutes);
    }

    [Fact]
    public async Task RemoteTime_IsCappedByTheStudentsSpecialism()
    {
        // Digital Production, Design and Development: remote work counts up to 50% of 315 hours.
        await AddWeekAsync(placement, Start, TimesheetStatus.Approved, (TimeEntryKind.Remote, 160 * 60));

        var progress = await Service.ForIndustryPlacementAsync(industry.Id);

        var remote = Assert.Single(progress.Count.ByKind);
        Assert.Equal(160 * 60, remote.RecordedMinutes);
        Assert.Equal(9450, remote.CountedMinutes);
        Assert.NotNull(remote.NotCountedReason);
    }

    [Fact]
    public async Task AWithdrawnPlacement_NeitherCountsNorIsExpected()
    {
        await AddWeekAsync(placement, Start, TimesheetStatus.Approved, (TimeEntryKind.OnSite, 7 * 60));
        placement.Status = PlacementStatus.Withdrawn;
        database.Db.Update(placement);
        await database.Db.SaveChangesAsync();

        var progress = await Service.ForIndustryPlacementAsync(industry.Id);

        Assert.Equal(0, progress.CountedMinutes);
        Assert.Equal(0, progress.ExpectedMinutes);
        Assert.Empty(progress.Placements);
    }

    [Fact]
    public async Task ClosureDays_LowerTheHoursExpectedByToday()
    {
        var before = (await Service.ForIndustryPlacementAsync(industry.Id)).ExpectedMinutes;
        database.Db.ClosureDays.Add(new ClosureDay { Id = Guid.NewGuid(), Date = Start, Description = "Training" });
        await database.Db.SaveChangesAsync();

        var after = (await Service.ForIndustryPlacementAsync(industry.Id)).ExpectedMinutes;

        Assert.True(after < before, $"expected fewer than {before} minutes, got {after}");
    }

    [Fact]
    public async Task Weeks_ShowCountedTimeAgainstThePlannedLine()
    {
        await AddWeekAsync(placement, Start, TimesheetStatus.Approved, (TimeEntryKind.OnSite, 14 * 60));
        await AddWeekAsync(placement, Start.AddDays(7), TimesheetStatus.Approved, (TimeEntryKind.OnSite, 7 * 60));
        var progress = await Service.ForIndustryPlacementAsync(industry.Id);

        var weeks = await Service.WeeksAsync(placement, progress);

        Assert.Equal(Start, weeks[0].WeekStart);
        Assert.Equal([14 * 60, 21 * 60], weeks.Take(2).Select(w => w.CountedToDate));
        Assert.Null(weeks[^1].CountedToDate);
        Assert.Equal(placement.PlannedHours * 60, weeks[^1].PlannedToDate);
    }

    private async Task AddWeekAsync(Placement target, DateOnly weekStart, TimesheetStatus status,
        params (TimeEntryKind Kind, int Minutes)[] entries)
    {
        database.Db.Timesheets.Add(new Timesheet
        {
            Id = Guid.NewGuid(),
            PlacementId = target.Id,
            WeekStart = weekStart,
            Status = status,
        });
        var day = 0;
        foreach (var (kind, minutes) in entries)
        {
            database.Db.TimeEntries.Add(new TimeEntry
            {
                Id = Guid.NewGuid(),
                PlacementId = target.Id,
                Date = weekStart.AddDays(day++),
                WeekStart = weekStart,
                Minutes = minutes,
                Kind = kind,
            });
        }

        await database.Db.SaveChangesAsync();
    }

    private async Task<(IndustryPlacement, Placement)> AddPlacementAsync()
    {
        var records = TestPlacement.Create(Start, PlacementStatus.Active);
        var (industryPlacement, active) = (records.IndustryPlacement, records.Placement);
        active.WorkingDays = WorkingDays.Monday | WorkingDays.Tuesday;
        database.Db.AddRange(records.Records);
        await database.Db.SaveChangesAsync();
        database.Db.ChangeTracker.Clear();
        return (industryPlacement, active);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Monitoring;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Tests.Support;

namespace PlacementTracker.Core.Tests.Monitoring;

/// <summary>
/// The daily job's record of red, amber and green changes, with a fake clock: a placement awaiting its agreement is
/// green while the start is more than a week away, amber inside the week and red from its start day.
/// </summary>
public sealed class PlacementRagRecorderTests : IAsyncLifetime
{
    private static readonly DateOnly Start = new(2026, 9, 14);

    // Monday 31 August 2026, two weeks before the start.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 8, 31, 9, 0, 0, TimeSpan.Zero));

    private CoreTestDatabase database = default!;

    private Placement placement = default!;

    private PlacementDbContext Db => database.Db;

    private ProviderSettingsStore Settings => new(Db, new AuditLog(Db, clock));

    public async Task InitializeAsync()
    {
        database = await CoreTestDatabase.CreateAsync();
        await Settings.EnsureCreatedAsync();
        var records = TestPlacement.Create(Start, PlacementStatus.AwaitingAgreement);
        placement = records.Placement;
        Db.AddRange(records.Records);
        await Db.SaveChangesAsync();
    }

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task TheFirstRun_RecordsEachLivePlacementsStatus()
    {
        Assert.Equal(1, await RecordAsync());

        var change = Assert.Single(await ChangesAsync());
        Assert.Equal(new DateOnly(2026, 8, 31), change.Date);
        Assert.Null(change.From);
        Assert.Equal(RagStatus.Green, change.To);
        Assert.Equal("", change.Reasons);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, change.RecordedAtUtc);
        Assert.Equal("Status first recorded as Green", PlacementTimeline.RagChange(change));
    }

    [Fact]
    public async Task AnUnchangedStatus_IsNotRecordedAgain()
    {
        await RecordAsync();
        clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(0, await RecordAsync());
        Assert.Single(await ChangesAsync());
    }

    [Fact]
    public async Task AChangedStatus_IsRecordedWithFromToAndTheReasons()
    {
        await RecordAsync();
        clock.Advance(TimeSpan.FromDays(8));

        Assert.Equal(1, await RecordAsync());

        var change = (await ChangesAsync())[^1];
        Assert.Equal(new DateOnly(2026, 9, 8), change.Date);
        Assert.Equal(RagStatus.Green, change.From);
        Assert.Equal(RagStatus.Amber, change.To);
        Assert.Equal("Agreement not fully signed", change.Reasons);
        Assert.Equal("Status changed from Green to Amber: Agreement not fully signed",
            PlacementTimeline.RagChange(change));

        clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(1, await RecordAsync());
        change = (await ChangesAsync())[^1];
        Assert.Equal((RagStatus.Amber, RagStatus.Red, new DateOnly(2026, 9, 14)), (change.From!.Value, change.To,
            change.Date));
    }

    [Fact]
    public async Task ASecondChangeOnTheSameDay_IsRefusedByTheDatabase()
    {
        clock.Advance(TimeSpan.FromDays(8));
        await RecordAsync();

        // Later the same day the placement turns red; the run sees a change but today's row already exists.
        await Db.Placements.ExecuteUpdateAsync(u => u.SetProperty(p => p.PlannedStart, new DateOnly(2026, 9, 8)));
        Assert.Equal(0, await RecordAsync());
        var change = Assert.Single(await ChangesAsync());
        Assert.Equal(RagStatus.Amber, change.To);

        Db.PlacementRagChanges.Add(new PlacementRagChange
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            Date = change.Date,
            To = RagStatus.Red,
        });
        await Assert.ThrowsAsync<DbUpdateException>(() => Db.SaveChangesAsync());
    }

    [Fact]
    public async Task PlacementsNoLongerLive_AreNotRecorded()
    {
        await Db.Placements.ExecuteUpdateAsync(u => u.SetProperty(p => p.Status, PlacementStatus.Withdrawn));

        Assert.Equal(0, await RecordAsync());
        Assert.Empty(await ChangesAsync());
    }

    private async Task<int> RecordAsync()
    {
        Db.ChangeTracker.Clear();
        var loader = new CaseloadLoader(Db, new AccessScope(Db), new ProgressService(Db, Settings, clock), Settings,
            clock);
        return await new PlacementRagRecorder(Db, loader, clock).RecordTodayAsync();
    }

    private Task<List<PlacementRagChange>> ChangesAsync() =>
        Db.PlacementRagChanges.AsNoTracking().OrderBy(c => c.Date).ToListAsync();
}

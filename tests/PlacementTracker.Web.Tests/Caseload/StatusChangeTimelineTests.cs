using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Monitoring;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Caseload;

/// <summary>
/// Red, amber and green changes: the daily job records them, the timeline tells them, and two app servers running
/// the job at once record each change once.
/// </summary>
public sealed class StatusChangeTimelineTests
{
    private static readonly DateOnly Yesterday = new(2026, 10, 4);

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task TheDailyJob_RecordsAStatusChange_AndTheTimelineShowsIt(DatabaseProvider provider)
    {
        // The clock stands at 10:00 UK time and the run is due at 11:00, so nothing runs until the clock moves on.
        await using var app = TestApp.StartNew(provider, new Dictionary<string, string?>
        {
            ["Reminders:Enabled"] = "true",
            ["Reminders:DailyAt"] = "11:00",
        });
        var placement = await app.CreatePlacementAsync(await app.CreateStudentAsync(), null);
        await app.SaveAsync(new PlacementRagChange
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            Date = Yesterday,
            To = RagStatus.Green,
            RecordedAtUtc = new DateTime(2026, 10, 4, 9, 0, 0, DateTimeKind.Utc),
        });

        app.Clock.Advance(TimeSpan.FromHours(1));
        var change = await TodaysChangeAsync(app, placement.Id);

        // A started placement with no hours, no agreement and no reviews is red today.
        Assert.Equal((RagStatus?)RagStatus.Green, change.From);
        Assert.Equal(RagStatus.Red, change.To);
        Assert.Contains("Hours behind", change.Reasons, StringComparison.Ordinal);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var page = await client.GetDocumentAsync($"/Placements/{placement.Id}/Timeline");
        var rows = page.QuerySelectorAll("#timeline tbody tr[data-kind='Status']")
            .Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim())
            .ToList();
        Assert.Equal(["Status first recorded as Green", $"Status changed from Green to Red: {change.Reasons}"], rows);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task TwoAppServersRecordingAtOnce_WriteEachChangeOnce(DatabaseProvider provider)
    {
        await using var first = TestApp.StartNew(provider);
        await using var second = TestApp.StartNew(first.Provider, new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = first.ConnectionString,
        });
        for (var i = 0; i < 10; i++)
        {
            await first.CreatePlacementAsync(await first.CreateStudentAsync(), null);
        }

        var written = await Task.WhenAll(RecordAsync(first), RecordAsync(second));

        Assert.Equal(10, written.Sum());
        var rows = await first.WithServicesAsync(s =>
            s.GetRequiredService<PlacementDbContext>().PlacementRagChanges.AsNoTracking().ToListAsync());
        Assert.Equal(10, rows.Count);
        Assert.Equal(10, rows.Select(r => r.PlacementId).Distinct().Count());
        Assert.Equal(0, (await Task.WhenAll(RecordAsync(first), RecordAsync(second))).Sum());
    }

    private static Task<int> RecordAsync(TestApp app) =>
        app.WithServicesAsync(s => s.GetRequiredService<PlacementRagRecorder>().RecordTodayAsync());

    private static async Task<PlacementRagChange> TodaysChangeAsync(TestApp app, Guid placementId)
    {
        var today = Yesterday.AddDays(1);
        for (var tries = 0; tries < 300; tries++)
        {
            var change = await app.WithServicesAsync(s => s.GetRequiredService<PlacementDbContext>()
                .PlacementRagChanges.AsNoTracking()
                .SingleOrDefaultAsync(c => c.PlacementId == placementId && c.Date == today));
            if (change is not null)
            {
                return change;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The daily job recorded no status change within 30 seconds");
    }
}

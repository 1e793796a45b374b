using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Tests.Support;

namespace PlacementTracker.Core.Tests.Auditing;

public sealed class AuditLogTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 15, 0, TimeSpan.Zero);
    private CoreTestDatabase database = null!;

    public async Task InitializeAsync() => database = await CoreTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task RecordNow_WritesWhoWhatAndWhen()
    {
        var log = new AuditLog(database.Db, new FakeTimeProvider(Now));

        await log.RecordNowAsync(new Actor("user-1", "coordinator@college.test"), AuditActions.SettingsChanged,
            "Changed provider settings", new AuditSubject("ProviderSettings", "1", "{\"a\":1}", "{\"a\":2}"));

        var saved = await database.Db.AuditEvents.AsNoTracking().SingleAsync();
        Assert.Equal(Now.UtcDateTime, saved.OccurredAtUtc);
        Assert.Equal(("user-1", "coordinator@college.test", AuditActions.SettingsChanged),
            (saved.ActorUserId, saved.ActorName, saved.Action));
        Assert.Equal(("{\"a\":1}", "{\"a\":2}"), (saved.Before, saved.After));
    }

    [Fact]
    public async Task SavedEvent_CannotBeChanged()
    {
        var log = new AuditLog(database.Db, new FakeTimeProvider(Now));
        await log.RecordNowAsync(Actor.System, AuditActions.SignedIn, "Signed in");
        var saved = await database.Db.AuditEvents.SingleAsync();

        saved.Summary = "Something else";

        await Assert.ThrowsAsync<InvalidOperationException>(() => database.Db.SaveChangesAsync());
    }

    [Fact]
    public async Task SavedEvent_CannotBeDeleted()
    {
        var log = new AuditLog(database.Db, new FakeTimeProvider(Now));
        await log.RecordNowAsync(Actor.System, AuditActions.SignedIn, "Signed in");

        database.Db.AuditEvents.Remove(await database.Db.AuditEvents.SingleAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => database.Db.SaveChangesAsync());
    }
}

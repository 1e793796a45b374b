using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.ReferenceData;

namespace PlacementTracker.Benchmarks;

/// <summary>
/// A new SQLite database file, migrated and loaded with reference data exactly as the app does on first start,
/// with the Core services over it. Deleted on dispose.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string folder;
    private readonly ServiceProvider services;

    private BenchmarkDatabase(string folder, DateTimeOffset now)
    {
        this.folder = folder;
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(new FixedClock(now));
        collection.AddPlacementDatabase(DatabaseProvider.Sqlite,
            $"Data Source={Path.Combine(folder, "placements.db")};Pooling=false");
        collection.AddPlacementCore();
        services = collection.BuildServiceProvider();
    }

    public static async Task<BenchmarkDatabase> CreateAsync(DateTimeOffset now)
    {
        var folder = Directory.CreateTempSubdirectory("placement-tracker-benchmark-").FullName;
        var database = new BenchmarkDatabase(folder, now);
        await using var scope = database.services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlacementDbContext>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<ReferenceDataLoader>().LoadIfEmptyAsync();
        return database;
    }

    /// <summary>A scope for one unit of work, as one web request would have.</summary>
    public AsyncServiceScope NewScope() => services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

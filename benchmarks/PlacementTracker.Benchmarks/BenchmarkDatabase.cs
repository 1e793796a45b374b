using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using PlacementTracker.Core;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.ReferenceData;

namespace PlacementTracker.Benchmarks;

/// <summary>
/// A new database, migrated and loaded with reference data exactly as the app does on first start, with the Core
/// services over it: a SQLite file, or a fresh PostgreSQL database on the server that
/// <see cref="PostgresVariable"/> names. Deleted on dispose.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    /// <summary>An Npgsql connection string to a server where benchmark databases may be created and dropped.</summary>
    public const string PostgresVariable = "PLACEMENT_TRACKER_BENCHMARK_POSTGRES";

    private readonly string folder;
    private readonly string connectionString;
    private readonly ServiceProvider services;

    private BenchmarkDatabase(string folder, DateTimeOffset now, DatabaseProvider provider)
    {
        this.folder = folder;
        Provider = provider;
        connectionString = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(RequirePostgres()) { Database = $"pt_bench_{Guid.NewGuid():N}" }
                .ConnectionString
            : $"Data Source={Path.Combine(folder, "placements.db")};Pooling=false";
        var collection = new ServiceCollection();
        collection.AddLogging(logging =>
        {
            if (SlowQueryLog.Threshold is { } threshold)
            {
                logging.AddProvider(new SlowQueryLog(threshold));
            }
        });
        collection.AddSingleton<TimeProvider>(new FixedClock(now));
        collection.AddPlacementDatabase(provider, connectionString);
        collection.AddPlacementCore();
        services = collection.BuildServiceProvider();
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The provider chosen with the BENCHMARK_DATABASE variable: Sqlite (the default) or Postgres.</summary>
    public static DatabaseProvider ChosenProvider =>
        Environment.GetEnvironmentVariable("BENCHMARK_DATABASE") is { } chosen
            && chosen.Equals(nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    public static Task<BenchmarkDatabase> CreateAsync(DateTimeOffset now) =>
        CreateAsync(now, DatabaseProvider.Sqlite);

    public static async Task<BenchmarkDatabase> CreateAsync(DateTimeOffset now, DatabaseProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("placement-tracker-benchmark-").FullName;
        var database = new BenchmarkDatabase(folder, now, provider);
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
        if (Provider == DatabaseProvider.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(RequirePostgres());
            await admin.OpenAsync();
            var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        Directory.Delete(folder, recursive: true);
    }

    private static string RequirePostgres() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Set {PostgresVariable} to benchmark on PostgreSQL.");

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

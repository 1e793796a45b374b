using PlacementTracker.Core.Data;

namespace PlacementTracker.Web.Tests.Support;

/// <summary>
/// The databases every web test runs on: SQLite always, PostgreSQL when
/// PLACEMENT_TRACKER_TEST_POSTGRES holds a connection string (CI always sets it).
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "PLACEMENT_TRACKER_TEST_POSTGRES";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static IReadOnlyList<DatabaseProvider> Providers =>
        PostgresConnectionString is null
            ? [DatabaseProvider.Sqlite]
            : [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    public static TheoryData<DatabaseProvider> All => new(Providers);
}

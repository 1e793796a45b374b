namespace PlacementTracker.BrowserTests.Support;

/// <summary>
/// The databases the browser tests run on, by the web tests' convention (their TestDatabases): SQLite always,
/// PostgreSQL when PLACEMENT_TRACKER_TEST_POSTGRES holds an Npgsql connection string (CI always sets it).
/// </summary>
public static class BrowserDatabases
{
    public const string PostgresVariable = "PLACEMENT_TRACKER_TEST_POSTGRES";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static string RequirePostgres() =>
        PostgresConnectionString
        ?? throw new InvalidOperationException($"Set {PostgresVariable} to run the browser tests on PostgreSQL.");
}

/// <summary>
/// A test that runs on PostgreSQL: reported as skipped, never as passed, when
/// <see cref="BrowserDatabases.PostgresVariable"/> is not set. CI sets it and fails on any skipped test.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (BrowserDatabases.PostgresConnectionString is null)
        {
            Skip = $"Needs PostgreSQL: set {BrowserDatabases.PostgresVariable} to an Npgsql connection string";
        }
    }
}

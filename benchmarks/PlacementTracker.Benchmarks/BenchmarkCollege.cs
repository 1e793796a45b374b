namespace PlacementTracker.Benchmarks;

/// <summary>
/// The college of <see cref="CollegeHoursGenerator"/>, built once per benchmark process and shared by every
/// benchmark that only reads it, on the database BENCHMARK_DATABASE chooses.
/// </summary>
internal static class BenchmarkCollege
{
    public static readonly DateTimeOffset Now = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lock Building = new();
    private static BenchmarkDatabase? database;
    private static CollegeHours? college;

    public static (BenchmarkDatabase Database, CollegeHours College) Get()
    {
        lock (Building)
        {
            if (database is null)
            {
                AppDomain.CurrentDomain.ProcessExit +=
                    (_, _) => database?.DisposeAsync().AsTask().GetAwaiter().GetResult();
                database = BenchmarkDatabase.CreateAsync(Now, BenchmarkDatabase.ChosenProvider).GetAwaiter()
                    .GetResult();
                var started = System.Diagnostics.Stopwatch.StartNew();
                college = CollegeHoursGenerator.FillAsync(database, DateOnly.FromDateTime(Now.UtcDateTime))
                    .GetAwaiter().GetResult();
                Console.WriteLine($"// Generated {college.PlacementIds.Count} placements, {college.TimeEntries} time " +
                    $"entries and {college.Timesheets} timesheets on {database.Provider} in " +
                    $"{started.Elapsed.TotalSeconds:0.0} s");
            }

            return (database, college!);
        }
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Importing;

namespace PlacementTracker.Benchmarks;

/// <summary>
/// Imports a generated student file into a SQLite database file: once into an empty database (every row added),
/// and once again into a database that already holds the file (every row matched on its ULN and updated).
/// Each iteration starts from a new database, so every measurement does the same work.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class StudentImportBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    private static readonly Viewer Coordinator = new("benchmark", new HashSet<string> { Roles.PlacementCoordinator });

    private byte[] file = [];
    private BenchmarkDatabase? database;

    [Params(2_000, 10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void GenerateFile() => file = StudentFileGenerator.GenerateAsync(Rows, seed: 2026).GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(ImportIntoEmptyDatabase))]
    public void CreateEmptyDatabase() => database = BenchmarkDatabase.CreateAsync(Now).GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(ImportSameFileAgain))]
    public void CreateDatabaseHoldingTheFile()
    {
        CreateEmptyDatabase();
        ImportAsync().GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void DeleteDatabase() => database?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "Import into an empty database")]
    public Task<int> ImportIntoEmptyDatabase() => ImportAsync();

    [Benchmark(Description = "Import the same file again")]
    public Task<int> ImportSameFileAgain() => ImportAsync();

    private async Task<int> ImportAsync()
    {
        await using var scope = database!.NewScope();
        var import = scope.ServiceProvider.GetRequiredService<StudentImport>();
        var result = await import.ApplyAsync(file, Coordinator, Actor.System);
        if (!result.Applied || result.Total != Rows)
        {
            throw new InvalidOperationException(
                "The generated file did not import: " + string.Join("; ", result.Problems.Take(5)));
        }

        return result.Total;
    }
}

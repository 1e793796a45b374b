using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Progress;

namespace PlacementTracker.Benchmarks;

/// <summary>
/// Progress at college scale: 5,000 active placements with 1,000,000 time entries from
/// <see cref="CollegeHoursGenerator"/>. Computes progress for every placement at once, as a caseload does, and
/// for one placement with its week-by-week chart, as the progress page does. The database is built once per run.
/// Set BENCHMARK_DATABASE=Postgres (and PLACEMENT_TRACKER_BENCHMARK_POSTGRES) to run on PostgreSQL.
/// </summary>
[Config(typeof(InProcessMonitoring))]
[MemoryDiagnoser]
public class ProgressBenchmarks
{
    private BenchmarkDatabase? database;
    private CollegeHours? college;

    [GlobalSetup]
    public void BuildCollege() => (database, college) = BenchmarkCollege.Get();

    [Benchmark(Description = "Progress of 5,000 placements")]
    public async Task<int> EveryPlacement()
    {
        await using var scope = database!.NewScope();
        var progress = await scope.ServiceProvider.GetRequiredService<ProgressService>()
            .ForIndustryPlacementsAsync(college!.IndustryPlacementIds);
        return progress.Values.Sum(p => p.CountedMinutes);
    }

    [Benchmark(Description = "Progress page of one placement")]
    public async Task<int> OnePlacement()
    {
        await using var scope = database!.NewScope();
        var service = scope.ServiceProvider.GetRequiredService<ProgressService>();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.PlacementDbContext>();
        var placement = await db.Placements.FindAsync(college!.PlacementIds[college.PlacementIds.Count / 2]);
        var progress = await service.ForIndustryPlacementAsync(placement!.IndustryPlacementId);
        var weeks = await service.WeeksAsync(placement, progress);
        return progress.CountedMinutes + weeks.Count;
    }

    /// <summary>
    /// Runs in the benchmark process itself: building the college takes a while, so a separate build and process
    /// per benchmark would only add to it.
    /// </summary>
    public sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() =>
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(2)
                .WithIterationCount(10)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
    }
}

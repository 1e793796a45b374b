using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Monitoring;

namespace PlacementTracker.Benchmarks;

/// <summary>
/// The caseload dashboard at college scale (DESIGN.md section 8: under 300 ms for 5,000 active placements): what
/// the caseload page's model does for its first page, without rendering. Every live placement the viewer may see
/// is loaded and assessed (progress, reviews, logbook, waiting timesheets, attendance, agreement, due diligence,
/// objectives, concerns), sorted red first, and the first 25 rows taken.
/// </summary>
[Config(typeof(ProgressBenchmarks.InProcessMonitoring))]
[MemoryDiagnoser]
public class CaseloadBenchmarks
{
    private const int PageSize = 25;

    private BenchmarkDatabase? database;
    private CollegeHours? college;

    [GlobalSetup]
    public void BuildCollege() => (database, college) = BenchmarkCollege.Get();

    [Benchmark(Description = "Coordinator's caseload, 5,000 placements, first page")]
    public Task<int> Coordinator() =>
        FirstPageAsync(new Viewer("coordinator", new HashSet<string> { Roles.PlacementCoordinator }));

    [Benchmark(Description = "Tutor's caseload, 100 placements, first page")]
    public Task<int> Tutor() =>
        FirstPageAsync(new Viewer(college!.TutorUserIds[0], new HashSet<string> { Roles.Tutor }));

    private async Task<int> FirstPageAsync(Viewer viewer)
    {
        await using var scope = database!.NewScope();
        var loader = scope.ServiceProvider.GetRequiredService<CaseloadLoader>();
        var all = await loader.EntriesAsync(loader.LivePlacements(viewer), CancellationToken.None);
        var caseload = Caseload.From(all, new CaseloadFilter());
        var rows = caseload.Entries.Take(PageSize).ToList();
        return rows.Count + caseload.Entries.Count(e => e.Status == RagStatus.Red);
    }
}

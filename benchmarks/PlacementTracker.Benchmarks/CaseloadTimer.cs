using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Monitoring;

namespace PlacementTracker.Benchmarks;

/// <summary>
/// Times the coordinator's caseload request by request on the benchmark college, printing the wall time and the
/// processor time the benchmark process spent on each (SQLite runs in the process, so on SQLite that is all the
/// work; on PostgreSQL the server's share is not in it). The processor time is less thrown about by other work
/// on a busy machine than the wall time; to attach a profiler, run it with many requests.
/// </summary>
internal static class CaseloadTimer
{
    public static async Task RunAsync(int requests)
    {
        var (database, _) = BenchmarkCollege.Get();
        var viewer = new Viewer("coordinator", new HashSet<string> { Roles.PlacementCoordinator });
        for (var i = 0; i < requests; i++)
        {
            await using var scope = database.NewScope();
            var loader = scope.ServiceProvider.GetRequiredService<CaseloadLoader>();
            var processor = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var all = await loader.EntriesAsync(loader.LivePlacements(viewer), CancellationToken.None);
            var rows = Caseload.From(all, new CaseloadFilter()).Entries.Take(25).Count();
            wall.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - processor;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"// Request {i + 1}: {all.Count} placements, {rows} rows shown, {wall.ElapsedMilliseconds} ms, " +
                $"{cpu.TotalMilliseconds:0} ms of processor time"));
        }
    }
}

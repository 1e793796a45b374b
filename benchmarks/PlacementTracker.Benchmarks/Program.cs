using BenchmarkDotNet.Running;
using PlacementTracker.Benchmarks;

// dotnet run -c Release --project benchmarks/PlacementTracker.Benchmarks -- --filter '*'
//   runs the benchmarks (BenchmarkDotNet's own options follow the --).
// dotnet run -c Release --project benchmarks/PlacementTracker.Benchmarks -- generate-students 2000 students.csv
//   writes a generated student import file, to try the import page with.
// dotnet run -c Release --project benchmarks/PlacementTracker.Benchmarks -- time-caseload 20
//   builds the benchmark college and times the coordinator's caseload request by request (wall and processor time).
if (args is ["generate-students", var count, var path])
{
    await File.WriteAllBytesAsync(path, await StudentFileGenerator.GenerateAsync(int.Parse(count,
        System.Globalization.CultureInfo.InvariantCulture), seed: 2026));
    Console.WriteLine($"Wrote {count} students to {path}");
    return;
}

if (args is ["time-caseload", var requests])
{
    await CaseloadTimer.RunAsync(int.Parse(requests, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(StudentImportBenchmarks).Assembly).Run(args);

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Benchmarks;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Importing;
using PlacementTracker.Core.Students;
using PlacementTracker.Core.Tests.Support;

namespace PlacementTracker.Core.Tests.Benchmarks;

/// <summary>The import benchmark measures nothing useful unless its generated file imports cleanly.</summary>
public class StudentFileGeneratorTests
{
    [Fact]
    public async Task GeneratedFile_ImportsEveryRow_AndIsTheSameForTheSameSeed()
    {
        await using var database = await CoreTestDatabase.CreateAsync();
        var file = await StudentFileGenerator.GenerateAsync(300, seed: 7);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero));
        var audit = new AuditLog(database.Db, clock);
        var students = new StudentService(database.Db, new AccessScope(database.Db), audit, clock,
            NullLogger<StudentService>.Instance);
        var coordinator = new Viewer("coordinator", new HashSet<string> { Roles.PlacementCoordinator });

        var result = await new StudentImport(database.Db, students, audit).ApplyAsync(file, coordinator, Actor.System);

        Assert.Empty(result.Problems);
        Assert.Equal(300, result.ToAdd);
        Assert.Equal(300, await database.Db.Students.Select(s => s.Uln).Distinct().CountAsync());
        Assert.Equal(file, await StudentFileGenerator.GenerateAsync(300, seed: 7));
    }
}

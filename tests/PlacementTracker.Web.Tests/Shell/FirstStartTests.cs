using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Demo;
using PlacementTracker.Core.Outcomes;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Shell;

public class FirstStartTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task FirstStart_WithDemoEnabled_LoadsTheDemoCollegeAndItsCoordinatorCanSignIn(
        DatabaseProvider database)
    {
        await using var app = TestApp.StartNew(database, new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });

        var counts = await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<PlacementDbContext>();
            return (await db.Students.CountAsync(), await db.Employers.CountAsync(), await db.Specialisms.CountAsync());
        });
        var outcomes = await app.WithServicesAsync(async s =>
        {
            var industry = await s.GetRequiredService<PlacementDbContext>().IndustryPlacements.ToListAsync();
            return (await s.GetRequiredService<OutcomeService>().ForAsync(industry)).Values.ToList();
        });
        var client = await app.SignedInClientAsync(
            new TestUser("", "coordinator@demo.placement-tracker.test", DemoDataSeeder.Password));
        var students = await client.GetDocumentAsync("/Students");
        var providerName = students.QuerySelector(".govuk-service-navigation__service-name")!.TextContent.Trim();

        Assert.Equal((120, 93), (counts.Item1, counts.Item3));
        Assert.InRange(counts.Item2, 36, 44);
        Assert.Contains("120 students", students.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(DemoDataSeeder.ProviderName, providerName);
        Assert.Single(outcomes, o => o == PlacementOutcome.Completed);
        Assert.Single(outcomes, o => o == PlacementOutcome.CompletedWithSpecialConsideration);
    }

    [Fact]
    public async Task FirstStart_WithDemoDisabled_LoadsReferenceDataButNoPeople()
    {
        await using var app = TestApp.StartNew(DatabaseProvider.Sqlite);

        var counts = await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<PlacementDbContext>();
            return (await db.Users.CountAsync(), await db.Students.CountAsync(), await db.Routes.CountAsync());
        });

        Assert.Equal((0, 0, 10), counts);
    }

    [Fact]
    public async Task Restart_OnAnExistingDatabase_KeepsTheDataAndLoadsNothingTwice()
    {
        var settings = new Dictionary<string, string?> { ["Demo:Enabled"] = "true" };
        await using var first = TestApp.StartNew(DatabaseProvider.Sqlite, settings);
        settings["Database:ConnectionString"] = $"Data Source={Path.Combine(first.DataDirectory, "tests.db")}";
        await using var second = TestApp.StartNew(DatabaseProvider.Sqlite, settings);

        var counts = await second.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<PlacementDbContext>();
            return (await db.Students.CountAsync(), await db.Routes.CountAsync());
        });

        Assert.Equal((120, 10), counts);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task DataProtectionKeys_AreKeptInTheDatabaseForEveryInstance(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        await app.SignedInClientAsync(await app.CreateUserAsync(Core.Accounts.Roles.Tutor));

        var keys = await app.WithServicesAsync(s =>
            s.GetRequiredService<PlacementDbContext>().DataProtectionKeys.CountAsync());

        Assert.True(keys > 0);
    }
}

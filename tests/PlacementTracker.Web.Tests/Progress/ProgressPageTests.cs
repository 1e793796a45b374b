using System.Net;
using AngleSharp.Dom;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Timesheets;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Progress;

public class ProgressPageTests
{
    /// <summary>The test placements start on Monday 7 September 2026; the test clock is Monday 5 October.</summary>
    private static readonly DateOnly FirstWeek = new(2026, 9, 7);

    public static TheoryData<DatabaseProvider> Databases => TestDatabases.All;

    public static TheoryData<DatabaseProvider, string> DatabasesAndOutsiders => Outsiders.OnEveryDatabase();

    public static TheoryData<DatabaseProvider, string> DatabasesAndReaders()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var database in TestDatabases.Providers)
        {
            foreach (var who in new[] { "student", "supervisor", "tutor", Roles.PlacementCoordinator })
            {
                data.Add(database, who);
            }
        }

        return data;
    }

    // The numbers depend on provider-wide settings (the caps) and closure days, which settings tests on the shared
    // app change, so the tests that read numbers have a database of their own.
    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Progress_ShowsCountedHoursFromApprovedWeeksOnly_WithTheTasterCap(DatabaseProvider database)
    {
        await using var app = TestApp.StartNew(database);
        var (placement, people) = await PlacementAsync(app);
        await WeekAsync(app, placement, FirstWeek, TimesheetStatus.Approved, TimeEntryKind.OnSite, 5, 420);
        await WeekAsync(app, placement, FirstWeek.AddDays(7), TimesheetStatus.Approved, TimeEntryKind.WorkTaster,
            5, 480);
        await WeekAsync(app, placement, FirstWeek.AddDays(14), TimesheetStatus.Submitted, TimeEntryKind.OnSite, 5,
            420);
        await WeekAsync(app, placement, FirstWeek.AddDays(21), TimesheetStatus.Returned, TimeEntryKind.OnSite, 2,
            420);
        var client = await app.SignedInClientAsync(people.Student);

        var page = await client.GetDocumentAsync($"/Placements/{placement.Id}/Progress");

        Assert.Equal("315h", Row(page, "#industry-progress", "Required hours"));
        Assert.Equal("70h", Row(page, "#industry-progress", "Counted hours"));
        Assert.Equal("64h 51m", Row(page, "#industry-progress", "Expected by today"));
        Assert.Matches(@"^\d{1,2} [A-Z][a-z]+ 202\d$", Row(page, "#industry-progress", "Projected completion"));
        Assert.Equal("70h", Row(page, "#placement-progress", "Counted hours"));
        var kinds = page.QuerySelectorAll("#by-kind tbody tr")
            .Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim())))
            .ToList();
        Assert.Equal(
            [
                "On site|35h|35h|None",
                "Work tasters|40h|35h|5h: Work tasters count up to 35 hours",
            ],
            kinds);
        var weeks = page.QuerySelectorAll("#weeks tbody tr")
            .Select(r => r.Children[3].TextContent.Trim())
            .Take(6)
            .ToList();
        Assert.Equal(["35h", "70h", "70h", "70h", "70h", ""], weeks);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Progress_WithNothingApproved_CountsNothingAndCannotProjectADate(DatabaseProvider database)
    {
        await using var app = TestApp.StartNew(database);
        var (placement, people) = await PlacementAsync(app);
        await WeekAsync(app, placement, FirstWeek, TimesheetStatus.Submitted, TimeEntryKind.OnSite, 5, 420);
        var client = await app.SignedInClientAsync(people.Supervisor);

        var page = await client.GetDocumentAsync($"/Placements/{placement.Id}/Progress");

        Assert.Equal("0h", Row(page, "#industry-progress", "Counted hours"));
        Assert.Equal("Not yet known", Row(page, "#industry-progress", "Projected completion"));
        Assert.Equal("No hours have been approved yet.", page.QuerySelector("#by-kind")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(DatabasesAndReaders))]
    public async Task Progress_ForThePeopleOfThePlacement_Opens(DatabaseProvider database, string who)
    {
        var app = TestApp.For(database);
        var (placement, people) = await PlacementAsync(app);
        var user = who switch
        {
            "student" => people.Student,
            "supervisor" => people.Supervisor,
            "tutor" => people.Tutor,
            _ => await app.CreateUserAsync(who),
        };
        var client = await app.SignedInClientAsync(user);

        var response = await client.GetAsync($"/Placements/{placement.Id}/Progress");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(DatabasesAndOutsiders))]
    public async Task Progress_ForAnOutsider_IsNotFound(DatabaseProvider database, string outsider)
    {
        var app = TestApp.For(database);
        var (placement, _) = await PlacementAsync(app);
        var client = await app.SignedInClientAsync(await app.CreateOutsiderAsync(outsider));

        var response = await client.GetAsync($"/Placements/{placement.Id}/Progress");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Progress_OfAPlacementThatDoesNotExist_IsNotFound(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));

        var response = await client.GetAsync($"/Placements/{Guid.NewGuid()}/Progress");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    internal sealed record People(TestUser Student, TestUser Supervisor, TestUser Tutor);

    internal static async Task<(Placement, People)> PlacementAsync(TestApp app)
    {
        var student = await app.CreateUserAsync(Roles.Student);
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        var placement = await app.CreatePlacementAsync(
            await app.CreateStudentAsync(userId: student.Id, tutorUserId: tutor.Id), supervisor.Id);
        return (placement, new People(student, supervisor, tutor));
    }

    /// <summary>A week with a timesheet in <paramref name="status"/> and an entry on each of its first days.</summary>
    internal static Task WeekAsync(TestApp app, Placement placement, DateOnly week, TimesheetStatus status,
        TimeEntryKind kind, int days, int minutesADay)
    {
        var entries = Enumerable.Range(0, days).Select(day => new TimeEntry
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            Date = week.AddDays(day),
            WeekStart = week,
            Minutes = minutesADay,
            Kind = kind,
            RecordedByName = "Test",
        });
        var sheet = new Timesheet
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            WeekStart = week,
            Status = status,
        };
        return app.SaveAsync([sheet, .. entries]);
    }

    internal static string Row(IDocument page, string list, string key) =>
        page.QuerySelectorAll($"{list} .govuk-summary-list__row")
            .Single(r => r.QuerySelector("dt")!.TextContent.Trim() == key)
            .QuerySelector("dd")!.TextContent.Trim();
}

using System.Net;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Caseload;

/// <summary>The caseload shows each role only the placements AccessScope gives them; so does the timeline.</summary>
public class CaseloadPageTests
{
    public static TheoryData<DatabaseProvider, string> OutsidersOnEveryDatabase() => Outsiders.OnEveryDatabase();

    public static TheoryData<DatabaseProvider, string> InsidersOnEveryDatabase()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var database in TestDatabases.Providers)
        {
            foreach (var role in new[]
                {
                    Roles.PlacementCoordinator, Roles.SubjectLead, Roles.Tutor, Roles.EmployerSupervisor, Roles.Student,
                })
            {
                data.Add(database, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InsidersOnEveryDatabase))]
    public async Task EachRole_SeesTheirOwnPlacementAndNotAnothersOnTheCaseloadAndTimeline(
        DatabaseProvider database,
        string role)
    {
        var app = TestApp.For(database);
        var (viewer, theirs) = await InsiderAsync(app, role);
        var others = await app.CreatePlacementAsync(await app.CreateStudentAsync(coreCode: "60358300"), null);
        var client = await app.SignedInClientAsync(viewer);

        Assert.True(await ShowsAsync(client, theirs));
        Assert.Equal(role == Roles.PlacementCoordinator, await ShowsAsync(client, others));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Placements/{theirs.Id}/Timeline")).StatusCode);
        Assert.Equal(role == Roles.PlacementCoordinator ? HttpStatusCode.OK : HttpStatusCode.NotFound,
            (await client.GetAsync($"/Placements/{others.Id}/Timeline")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(OutsidersOnEveryDatabase))]
    public async Task PeopleOutsideThePlacement_GetNotFoundForItsTimeline(DatabaseProvider database, string who)
    {
        var app = TestApp.For(database);
        var placement = await app.CreatePlacementAsync(await app.CreateStudentAsync(), null);
        var client = await app.SignedInClientAsync(await app.CreateOutsiderAsync(who));

        var timeline = await client.GetAsync($"/Placements/{placement.Id}/Timeline");

        Assert.Equal(HttpStatusCode.NotFound, timeline.StatusCode);
        Assert.False(await ShowsAsync(client, placement));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task AStudent_SeesOnlyTheirOwnSummaryWithoutFilters(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var user = await app.CreateUserAsync(Roles.Student);
        var placement = await app.CreatePlacementAsync(await app.CreateStudentAsync(userId: user.Id), null);
        var client = await app.SignedInClientAsync(user);

        var page = await client.GetDocumentAsync("/Caseload");

        Assert.NotNull(page.QuerySelector($"#placement-{placement.Id}"));
        Assert.Null(page.QuerySelector("form[action='/Caseload']"));
        Assert.Single(page.QuerySelectorAll(".govuk-summary-card"));
        Assert.Contains("Counted 0 of", page.QuerySelector($"#placement-{placement.Id}")!.TextContent,
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task TheCoordinator_FiltersByReasonAndDownloadsTheSameRowsAsCsv(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var family = TestData.UniqueFamilyName();
        var placement = await app.CreatePlacementAsync(await app.CreateStudentAsync(familyName: family), null);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));

        var behind = await client.GetDocumentAsync($"/Caseload?Reason=HoursBehind&Employer={placement.EmployerId}");
        var expired = await client.GetDocumentAsync(
            $"/Caseload?Reason=DueDiligenceExpired&Employer={placement.EmployerId}");
        var csv = await client.GetStringAsync(
            $"/Caseload?handler=Csv&Reason=HoursBehind&Employer={placement.EmployerId}");

        var row = behind.QuerySelector($"tr[data-placement='{placement.Id}']");
        Assert.NotNull(row);
        Assert.Equal("Red", row.GetAttribute("data-status"));
        Assert.NotNull(row.QuerySelector("li[data-reason='HoursBehind']"));
        Assert.Null(expired.QuerySelector($"tr[data-placement='{placement.Id}']"));
        Assert.Contains(family, csv, StringComparison.Ordinal);
        Assert.Contains("HoursBehind", csv, StringComparison.Ordinal);
    }

    private static async Task<bool> ShowsAsync(HttpClient client, Placement placement)
    {
        var page = await client.GetDocumentAsync($"/Caseload?Employer={placement.EmployerId}");
        return page.QuerySelector($"[data-placement='{placement.Id}'], #placement-{placement.Id}") is not null;
    }

    private static async Task<(TestUser Viewer, Placement Theirs)> InsiderAsync(TestApp app, string role)
    {
        var viewer = await app.CreateUserAsync(role);
        var student = role switch
        {
            Roles.Tutor => await app.CreateStudentAsync(tutorUserId: viewer.Id),
            Roles.Student => await app.CreateStudentAsync(userId: viewer.Id),
            _ => await app.CreateStudentAsync(),
        };
        if (role == Roles.SubjectLead)
        {
            await app.LeadPathwayAsync(viewer.Id, student.CoreCode);
        }

        var placement = await app.CreatePlacementAsync(student,
            role == Roles.EmployerSupervisor ? viewer.Id : null);
        return (viewer, placement);
    }
}

using System.Net;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Placements;

/// <summary>
/// Placement and matching pages answer 404 outside the viewer's scope, and to non-editors for changes.
/// </summary>
public class PlacementAccessTests
{
    public static TheoryData<DatabaseProvider, string> DatabasesAnd(params string[] who)
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var database in TestDatabases.Providers)
        {
            foreach (var w in who)
            {
                data.Add(database, w);
            }
        }

        return data;
    }

    public static TheoryData<DatabaseProvider, string> OutsidersOnEveryDatabase() => Outsiders.OnEveryDatabase();

    public static TheoryData<DatabaseProvider, string> InsidersWhoMayNotEdit() =>
        DatabasesAnd(Roles.Tutor, Roles.EmployerSupervisor, Roles.Student, Roles.SubjectLead, Roles.PastoralSupport);

    private static string[] EditPages(Placement p) =>
    [
        $"/Placements/{p.Id}/Edit",
        $"/Placements/{p.Id}/Status",
        $"/Placements/New?studentId={p.StudentId}",
        $"/Students/{p.StudentId}/Matches",
        $"/Students/{p.StudentId}/RequiredHours",
    ];

    [Theory]
    [MemberData(nameof(OutsidersOnEveryDatabase))]
    public async Task PeopleOutsideThePlacement_GetNotFoundOnEveryPage(DatabaseProvider database, string who)
    {
        var app = TestApp.For(database);
        var placement = await app.CreatePlacementAsync(await app.CreateStudentAsync(), null);
        var client = await app.SignedInClientAsync(await app.CreateOutsiderAsync(who));

        foreach (var path in EditPages(placement).Prepend($"/Placements/{placement.Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(InsidersWhoMayNotEdit))]
    public async Task NonEditorsWhoSeeThePlacement_ViewItButGetNotFoundForChanges(
        DatabaseProvider database,
        string role)
    {
        var app = TestApp.For(database);
        var (client, placement) = await InsiderAsync(app, role);

        var detail = await client.GetDocumentAsync($"/Placements/{placement.Id}");
        var post = await client.PostDirectAsync($"/Placements/{placement.Id}/Status",
            ("To", "OnHold"), ("Reason", "Sneaky"), ("Version", "0"));

        Assert.Empty(detail.QuerySelectorAll(
            $"main a[href='/Placements/{placement.Id}/Edit'], main a[href='/Placements/{placement.Id}/Status']"));
        Assert.Equal(
            ["Plan", "ObjectivesTemplate", "Agreement"],
            detail.QuerySelectorAll("#documents a").Select(a => a.GetAttribute("href")!.Split('/')[^1]));
        foreach (var path in EditPages(placement))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(PlacementStatus.Active, (await PlacementPageTests.FindAsync(app, placement.StudentId)).Status);
    }

    [Theory]
    [MemberData(nameof(InsidersWhoMayNotEdit))]
    public async Task NonEditors_SeeNoPlacementLinksOnTheStudentPage(DatabaseProvider database, string role)
    {
        var app = TestApp.For(database);
        var (client, placement) = await InsiderAsync(app, role);

        var page = await client.GetDocumentAsync($"/Students/{placement.StudentId}");

        Assert.NotNull(page.QuerySelector("#required-hours"));
        Assert.Null(page.QuerySelector("#find-placement"));
        Assert.Null(page.QuerySelector("#set-up-placement"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Supervisors_GetNotFoundForSuggestedStudents(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var employer = await app.CreateEmployerAsync(supervisorUserId: supervisor.Id);
        var opportunity = await app.CreateOpportunityAsync(employer);
        var client = await app.SignedInClientAsync(supervisor);

        var response = await client.GetAsync($"/Opportunities/{opportunity.Id}/Matches");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Anonymous_IsSentToSignIn(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var placement = await app.CreatePlacementAsync(await app.CreateStudentAsync(), null);
        var client = app.CreateBrowserlessClient();

        foreach (var path in EditPages(placement).Prepend($"/Placements/{placement.Id}"))
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }


    private static async Task<(HttpClient Client, Placement Placement)> InsiderAsync(TestApp app, string role)
    {
        var user = await app.CreateUserAsync(role);
        Student student = role switch
        {
            Roles.Tutor => await app.CreateStudentAsync(tutorUserId: user.Id),
            Roles.Student => await app.CreateStudentAsync(userId: user.Id),
            _ => await app.CreateStudentAsync(),
        };
        if (role == Roles.SubjectLead)
        {
            await app.LeadPathwayAsync(user.Id, student.CoreCode);
        }

        var placement = await app.CreatePlacementAsync(student, role == Roles.EmployerSupervisor ? user.Id : null);
        return (await app.SignedInClientAsync(user), placement);
    }
}

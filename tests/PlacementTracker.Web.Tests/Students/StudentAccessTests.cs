using System.Net;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Students;

public class StudentAccessTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Student_RequestingAnotherStudentsRecord_GetsNotFound(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var me = await app.CreateUserAsync(Roles.Student);
        var mine = await app.CreateStudentAsync(userId: me.Id);
        var someoneElse = await app.CreateStudentAsync();
        var client = await app.SignedInClientAsync(me);

        var own = await client.GetAsync($"/Students/{mine.Id}");
        var other = await client.GetAsync($"/Students/{someoneElse.Id}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains("Page not found", await other.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Tutor_SeesTuteesOnly(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        var tutee = await app.CreateStudentAsync(tutorUserId: tutor.Id);
        var notMine = await app.CreateStudentAsync();
        var client = await app.SignedInClientAsync(tutor);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Students/{tutee.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Students/{notMine.Id}")).StatusCode);
        var list = await client.GetDocumentAsync("/Students");
        Assert.Contains("1 students", list.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Supervisor_SeesOnlyStudentsPlacedWithThem(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var placed = await app.CreateStudentAsync();
        await app.CreatePlacementAsync(placed, supervisor.Id);
        var placedElsewhere = await app.CreateStudentAsync();
        await app.CreatePlacementAsync(placedElsewhere, supervisorUserId: null);
        var client = await app.SignedInClientAsync(supervisor);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Students/{placed.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Students/{placedElsewhere.Id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task SubjectLead_SeesStudentsOnTheirPathwaysOnly(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var lead = await app.CreateUserAsync(Roles.SubjectLead);
        await app.LeadPathwayAsync(lead.Id, "60358294");
        var earlyYears = await app.CreateStudentAsync(coreCode: "60358294", specialismCode: "ZTLOS006");
        var digital = await app.CreateStudentAsync();
        var client = await app.SignedInClientAsync(lead);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Students/{earlyYears.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Students/{digital.Id}")).StatusCode);
    }

    public static TheoryData<DatabaseProvider, string> DatabasesAndAllSeeingRoles()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var database in TestDatabases.Providers)
        {
            data.Add(database, Roles.PlacementCoordinator);
            data.Add(database, Roles.Administrator);
            data.Add(database, Roles.PastoralSupport);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DatabasesAndAllSeeingRoles))]
    public async Task ProviderWideRoles_SeeEveryStudent(DatabaseProvider database, string role)
    {
        var app = TestApp.For(database);
        var user = await app.CreateUserAsync(role);
        var student = await app.CreateStudentAsync();
        var client = await app.SignedInClientAsync(user);

        var page = await client.GetDocumentAsync($"/Students/{student.Id}");

        Assert.Contains(student.Uln, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Anonymous_IsSentToSignIn(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var student = await app.CreateStudentAsync();
        var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync($"/Students/{student.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}

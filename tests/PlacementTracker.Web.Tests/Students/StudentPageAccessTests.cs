using System.Net;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Students;

/// <summary>
/// Every student page a role may not use answers 404, as a record out of scope does, on GET and POST alike.
/// </summary>
public class StudentPageAccessTests
{
    private static readonly string[] EditPages = ["Edit", "WorkReadiness", "Training", "Learning"];

    public static TheoryData<DatabaseProvider, string> For(params string[] roles)
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var database in TestDatabases.Providers)
        {
            foreach (var role in roles)
            {
                data.Add(database, role);
            }
        }

        return data;
    }

    public static TheoryData<DatabaseProvider, string> DatabasesAndRolesWithoutSend() =>
        For(Roles.Administrator, Roles.Tutor, Roles.SubjectLead, Roles.EmployerSupervisor, Roles.Student);

    public static TheoryData<DatabaseProvider, string> DatabasesAndReadOnlyRoles() =>
        For(Roles.PastoralSupport, Roles.Tutor, Roles.SubjectLead, Roles.EmployerSupervisor, Roles.Student);

    public static TheoryData<DatabaseProvider, string> DatabasesAndEditors() =>
        For(Roles.PlacementCoordinator, Roles.Administrator);

    [Theory]
    [MemberData(nameof(DatabasesAndRolesWithoutSend))]
    public async Task RolesWithoutSend_GetNotFoundForTheSendPage_AndNeverSeeTheSection(
        DatabaseProvider database,
        string role)
    {
        var app = TestApp.For(database);
        var (client, student) = await InScopeStudentAsync(app, role);

        var get = await client.GetAsync($"/Students/{student.Id}/Send");
        var post = await client.PostDirectAsync($"/Students/{student.Id}/Send?handler=Needs",
            ("SendNeeds", "x"), ("Version", "0"));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var page = await client.GetDocumentAsync($"/Students/{student.Id}");
        Assert.Null(page.QuerySelector("#send"));
        Assert.DoesNotContain("SEND needs", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await StudentFormTests.FindByUlnAsync(app, student.Uln)).SendNeeds);
    }

    [Theory]
    [MemberData(nameof(DatabasesAndReadOnlyRoles))]
    public async Task ReadOnlyRoles_GetNotFoundForEveryEditPage(DatabaseProvider database, string role)
    {
        var app = TestApp.For(database);
        var (client, student) = await InScopeStudentAsync(app, role);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Students/Add")).StatusCode);
        foreach (var page in EditPages)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Students/{student.Id}/{page}")).StatusCode);
        }

        var detail = await client.GetDocumentAsync($"/Students/{student.Id}");
        Assert.Empty(detail.QuerySelectorAll("main a[href$='/Edit']"));
        Assert.Equal(0u, (await StudentFormTests.FindByUlnAsync(app, student.Uln)).Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task ReadOnlyRole_PostingAnEdit_GetsNotFoundAndChangesNothing(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (client, student) = await InScopeStudentAsync(app, Roles.Tutor);

        var response = await client.PostDirectAsync($"/Students/{student.Id}/Learning",
            ("ProgressNotes", "Sneaky"), ("Version", "0"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await StudentFormTests.FindByUlnAsync(app, student.Uln)).ProgressNotes);
    }

    [Theory]
    [MemberData(nameof(DatabasesAndEditors))]
    public async Task Editors_OpenEveryEditPage(DatabaseProvider database, string role)
    {
        var app = TestApp.For(database);
        var (client, student) = await InScopeStudentAsync(app, role);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Students/Add")).StatusCode);
        foreach (var page in EditPages)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Students/{student.Id}/{page}")).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Pastoral_OpensTheSendPageOfAnyStudent(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (client, student) = await InScopeStudentAsync(app, Roles.PastoralSupport);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Students/{student.Id}/Send")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task RecordOutOfScope_GetsNotFoundOnEveryPage(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.SubjectLead, Roles.Tutor));
        var student = await app.CreateStudentAsync();

        foreach (var page in new[] { "", "/Send", "/Edit", "/WorkReadiness", "/Training", "/Learning" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Students/{student.Id}{page}")).StatusCode);
        }
    }

    /// <summary>A signed-in user in <paramref name="role"/> and a student within their scope.</summary>
    private static async Task<(HttpClient Client, Core.Students.Student Student)> InScopeStudentAsync(
        TestApp app,
        string role)
    {
        var user = await app.CreateUserAsync(role);
        var student = role switch
        {
            Roles.Tutor => await app.CreateStudentAsync(tutorUserId: user.Id),
            Roles.Student => await app.CreateStudentAsync(userId: user.Id),
            _ => await app.CreateStudentAsync(),
        };
        if (role == Roles.SubjectLead)
        {
            await app.LeadPathwayAsync(user.Id, student.CoreCode);
        }
        else if (role == Roles.EmployerSupervisor)
        {
            await app.CreatePlacementAsync(student, user.Id);
        }

        return (await app.SignedInClientAsync(user), student);
    }
}

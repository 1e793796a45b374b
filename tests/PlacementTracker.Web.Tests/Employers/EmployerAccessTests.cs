using System.Net;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Employers;

public class EmployerAccessTests
{
    public static TheoryData<DatabaseProvider, string> DatabasesAndRoles(params string[] roles)
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

    public static TheoryData<DatabaseProvider, string> Editors() =>
        DatabasesAndRoles(Roles.Administrator, Roles.PlacementCoordinator);

    public static TheoryData<DatabaseProvider, string> ReadOnlyStaff() =>
        DatabasesAndRoles(Roles.SubjectLead, Roles.Tutor, Roles.PastoralSupport);

    public static TheoryData<DatabaseProvider, string> NonEditors() =>
        DatabasesAndRoles(Roles.SubjectLead, Roles.Tutor, Roles.PastoralSupport, Roles.EmployerSupervisor);

    [Theory]
    [MemberData(nameof(Editors))]
    public async Task Editors_SeeEveryEmployerAndMayEdit(DatabaseProvider database, string role)
    {
        var app = TestApp.For(database);
        var employer = await app.CreateEmployerAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));

        var page = await client.GetDocumentAsync($"/Employers/{employer.Id}");

        Assert.Contains("Change details", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Employers/Edit/{employer.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Employers/{employer.Id}/Check")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(ReadOnlyStaff))]
    public async Task OtherStaff_SeeEveryEmployerReadOnly(DatabaseProvider database, string role)
    {
        var app = TestApp.For(database);
        var employer = await app.CreateEmployerAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));

        var page = await client.GetDocumentAsync($"/Employers/{employer.Id}");

        Assert.Contains(employer.Reference, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Change details", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NonEditors))]
    public async Task NonEditors_AreRefusedEveryEditPage_OnGetAndPost(DatabaseProvider database, string role)
    {
        var app = TestApp.For(database);
        var user = await app.CreateUserAsync(role);
        var employer = await app.CreateEmployerAsync(supervisorUserId: user.Id);
        var opportunity = await app.CreateOpportunityAsync(employer);
        var client = await app.SignedInClientAsync(user);
        string[] paths =
        [
            "/Employers/Edit", $"/Employers/Edit/{employer.Id}", $"/Employers/{employer.Id}/Site",
            $"/Employers/{employer.Id}/Contact", $"/Employers/{employer.Id}/Accountability",
            $"/Employers/{employer.Id}/Supervisor", $"/Employers/{employer.Id}/Check",
            $"/Opportunities/Edit?employerId={employer.Id}", $"/Opportunities/Edit/{opportunity.Id}",
        ];

        foreach (var path in paths)
        {
            await AssertForbiddenAsync(client, await client.GetAsync(path));
            await AssertForbiddenAsync(client, await client.PostAsync(path, new FormUrlEncodedContent([])));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Supervisor_SeesOnlyTheirEmployer_AndGetsNotFoundForAnother(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var mine = await app.CreateEmployerAsync(supervisorUserId: supervisor.Id);
        var other = await app.CreateEmployerAsync();
        var client = await app.SignedInClientAsync(supervisor);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Employers/{mine.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employers/{other.Id}")).StatusCode);
        var list = await client.GetDocumentAsync("/Employers");
        Assert.Contains("1 employers", list.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Supervisor_GetsNotFoundForAnotherEmployersEvidence(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var mine = await app.CreateEmployerAsync(supervisorUserId: supervisor.Id);
        var other = await app.CreateEmployerAsync();
        var coordinator = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        await EvidenceUploads.UploadAsync(coordinator, other, "insurance.pdf", EvidenceUploads.Pdf);
        var check = await EvidenceUploads.CheckOfAsync(app, other);
        var client = await app.SignedInClientAsync(supervisor);

        var asOwner = await client.GetAsync($"/Employers/{other.Id}?handler=Evidence&checkId={check.Id}");
        var viaOwnEmployer = await client.GetAsync($"/Employers/{mine.Id}?handler=Evidence&checkId={check.Id}");
        var asCoordinator = await coordinator.GetAsync($"/Employers/{other.Id}?handler=Evidence&checkId={check.Id}");

        Assert.Equal(HttpStatusCode.NotFound, asOwner.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaOwnEmployer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asCoordinator.StatusCode);
        Assert.Equal(EvidenceUploads.Pdf, await asCoordinator.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Student_IsRefusedTheWholeArea(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var employer = await app.CreateEmployerAsync();
        var opportunity = await app.CreateOpportunityAsync(employer);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Student));

        foreach (var path in new[]
        {
            "/Employers", $"/Employers/{employer.Id}", "/Opportunities", $"/Opportunities/{opportunity.Id}",
            "/Employers/Import",
        })
        {
            await AssertForbiddenAsync(client, await client.GetAsync(path));
        }
    }

    internal static async Task AssertForbiddenAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        var path = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        Assert.StartsWith("/Errors/403", path, StringComparison.Ordinal);
        var denied = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }
}

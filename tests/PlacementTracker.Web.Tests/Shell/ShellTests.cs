using System.Net;
using System.Text.Json;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Shell;

public class ShellTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Health_ReportsTheDatabaseHealthy(DatabaseProvider database)
    {
        var app = TestApp.For(database);

        var response = await app.CreateBrowserlessClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task Health_WhenTheDatabaseIsUnreachable_ReportsUnhealthy()
    {
        await using var app = TestApp.StartNew(DatabaseProvider.Sqlite);
        File.Delete(Path.Combine(app.DataDirectory, "tests.db"));
        Directory.CreateDirectory(Path.Combine(app.DataDirectory, "tests.db"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var response = await app.CreateBrowserlessClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task UnknownAddress_ShowsThePageNotFoundPage(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Tutor));

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task ErrorPage_SaysSorryWithoutDetail(DatabaseProvider database)
    {
        var app = TestApp.For(database);

        var response = await app.CreateBrowserlessClient().GetAsync("/Errors/500");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("Sorry, there is a problem with the service", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Pages_SendStrictSecurityHeaders(DatabaseProvider database)
    {
        var app = TestApp.For(database);

        var response = await app.CreateBrowserlessClient().GetAsync("/Account/SignIn");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task CookiesPage_ListsTheEssentialCookiesToAnyone(DatabaseProvider database)
    {
        var app = TestApp.For(database);

        var page = await app.CreateBrowserlessClient().GetDocumentAsync("/Cookies");

        var names = page.QuerySelectorAll("tbody tr td:first-child").Select(c => c.TextContent).ToList();
        Assert.Contains("pt_auth", names);
        Assert.Contains("pt_antiforgery", names);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Navigation_DependsOnRoles(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var student = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Student));
        var tutor = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Tutor));
        var supervisor = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.EmployerSupervisor));

        var adminLinks = await NavigationAsync(admin);
        var studentLinks = await NavigationAsync(student);
        var tutorLinks = await NavigationAsync(tutor);
        var supervisorLinks = await NavigationAsync(supervisor);

        Assert.Contains("Users", adminLinks);
        Assert.Contains("Audit log", adminLinks);
        Assert.DoesNotContain("Users", studentLinks);
        Assert.Contains("My placement", studentLinks);
        Assert.Contains("Good practice", tutorLinks);
        Assert.DoesNotContain("Good practice", supervisorLinks);
        Assert.DoesNotContain("Good practice", studentLinks);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Forms_CarryAnAntiforgeryTokenAndRefuseAPostWithout(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var user = await app.CreateUserAsync(Roles.Tutor);

        var response = await app.CreateBrowserlessClient().PostAsync("/Account/SignIn", new FormUrlEncodedContent(
            [new("Input.Email", user.Email), new("Input.Password", user.Password)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<List<string>> NavigationAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/");
        return page.QuerySelectorAll(".govuk-service-navigation__item").Select(i => i.TextContent.Trim()).ToList();
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Assets_LinkedFromPages_AreServedWithTheirTypeToBrowsersThatAcceptCompression(
        DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = app.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add("Accept-Encoding", "gzip, deflate, br");
        var page = await client.GetDocumentAsync("/Account/SignIn");
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var module = page.QuerySelector("script[type=module]")!.GetAttribute("src")!;

        var css = await client.GetAsync(stylesheet);
        var js = await client.GetAsync(module);

        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
        Assert.True(css.Content.Headers.ContentLength > 0);
    }
}

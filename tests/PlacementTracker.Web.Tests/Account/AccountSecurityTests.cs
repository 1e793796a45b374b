using System.Net;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Account;

public class AccountSecurityTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task ResetLink_IgnoresTheRequestsHostAndUsesTheConfiguredAddress(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var user = await app.CreateUserAsync(Roles.Tutor);
        var client = app.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Host = "evil.example";

        await client.SubmitFormAsync("/Account/ForgotPassword", new() { ["Email"] = user.Email });

        var body = app.LatestTo(user.Email).TextBody!;
        Assert.Contains("https://placements.college.test/Account/ResetPassword?", body, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task PasswordReset_DoesNotUndoAnAdministratorsLock(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var user = await app.CreateUserAsync(Roles.Student);
        await admin.SubmitFormAsync($"/Admin/Users/Edit/{user.Id}", [], "form[action*=Lock]");
        var client = app.CreateBrowserlessClient();
        await client.SubmitFormAsync("/Account/ForgotPassword", new() { ["Email"] = user.Email });
        await client.SubmitFormAsync(Mailbox.LinkIn(app.LatestTo(user.Email)), new()
        {
            ["Input.Password"] = "a new password here",
            ["Input.ConfirmPassword"] = "a new password here",
        });

        var refused = await client.SubmitFormAsync("/Account/SignIn", new()
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = "a new password here",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("locked by an administrator", (await refused.ToDocumentAsync()).ErrorSummary().Single(),
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task RemovedRole_StopsWorkingInAnOpenSessionAtOnce(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var other = await app.CreateUserAsync(Roles.Administrator, Roles.Tutor);
        var otherSession = await app.SignedInClientAsync(other);
        Assert.Equal(HttpStatusCode.OK, (await otherSession.GetAsync("/Admin/Users")).StatusCode);

        await admin.PostFormAsync($"/Admin/Users/Edit/{other.Id}", ("Roles", Roles.Tutor));
        app.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.NotEqual(HttpStatusCode.OK, (await otherSession.GetAsync("/Admin/Users")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Administrator_CannotLockThemself(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var adminUser = await app.CreateUserAsync(Roles.Administrator);
        var admin = await app.SignedInClientAsync(adminUser);

        var response = await admin.SubmitFormAsync($"/Admin/Users/Edit/{adminUser.Id}", [], "form[action*=Lock]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["You cannot lock your own account"], (await response.ToDocumentAsync()).ErrorSummary());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Users")).StatusCode);
    }

    [Fact]
    public async Task LastAdministrator_CannotDropTheRoleWhenTheOnlyOtherAdministratorCannotSignIn()
    {
        await using var app = TestApp.StartNew(DatabaseProvider.Sqlite);
        var adminUser = await app.CreateUserAsync(Roles.Administrator);
        var admin = await app.SignedInClientAsync(adminUser);
        var locked = await app.CreateUserAsync(Roles.Administrator);
        await admin.SubmitFormAsync($"/Admin/Users/Edit/{locked.Id}", [], "form[action*=Lock]");

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{adminUser.Id}",
            ("DisplayName", "Admin"), ("Roles", Roles.Tutor));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no other administrator could then sign in",
            (await response.ToDocumentAsync()).ErrorSummary().Single(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Invite_WithOnlyAnUnknownRole_IsRefused(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));

        var response = await admin.PostFormAsync("/Admin/Users/Invite",
            ("DisplayName", "Someone"), ("Email", $"s-{Guid.NewGuid():N}@college.test"), ("Roles", "SuperUser"));

        Assert.Equal(["Select at least one role"], (await response.ToDocumentAsync()).ErrorSummary());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task UserSearch_IgnoresCase(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        await app.CreateUserAsync(Roles.PastoralSupport);

        var page = await admin.GetDocumentAsync("/Admin/Users?Search=test+pastoralsupport");

        Assert.NotEmpty(page.QuerySelectorAll("tbody tr"));
    }
}

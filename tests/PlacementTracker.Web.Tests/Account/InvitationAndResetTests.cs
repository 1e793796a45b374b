using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Account;

public class InvitationAndResetTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Invitation_EmailedLinkLetsTheInviteeSetAPasswordAndSignIn(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var email = $"new-{Guid.NewGuid():N}@college.test";

        var invited = await admin.PostFormAsync("/Admin/Users/Invite",
            ("DisplayName", "Siân Jones"), ("Email", email), ("Roles", Roles.Tutor), ("Roles", Roles.PastoralSupport));
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        var link = Mailbox.LinkIn(app.LatestTo(email));
        var invitee = app.CreateBrowserlessClient();
        var accepted = await invitee.SubmitFormAsync(link, new()
        {
            ["Input.Password"] = "a long new password",
            ["Input.ConfirmPassword"] = "a long new password",
        });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var signedIn = await app.SignedInClientAsync(new TestUser("", email, "a long new password"));
        var home = await signedIn.GetDocumentAsync("/Account/Security");
        Assert.Contains("Tutor, Pastoral support", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Invitation_LinkUsedTwice_IsRefused(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var email = $"new-{Guid.NewGuid():N}@college.test";
        await admin.PostFormAsync("/Admin/Users/Invite", ("DisplayName", "Agnès Smith"), ("Email", email),
            ("Roles", Roles.Student));
        var link = Mailbox.LinkIn(app.LatestTo(email));
        var invitee = app.CreateBrowserlessClient();
        Dictionary<string, string> password = new()
        {
            ["Input.Password"] = "first password here",
            ["Input.ConfirmPassword"] = "first password here",
        };
        await invitee.SubmitFormAsync(link, password);

        var again = await invitee.SubmitFormAsync(link, password);

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("expired or has already been used",
            (await again.ToDocumentAsync()).ErrorSummary().Single(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Invite_WithoutRoleOrValidEmail_SaysWhatToFixAndCreatesNobody(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var before = await UserCountAsync(app);

        var response = await admin.PostFormAsync(
            "/Admin/Users/Invite",
            ("DisplayName", "Zoë"),
            ("Email", "not-an-email"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["Enter an email address in the correct format, like name@example.com", "Select at least one role"],
            (await response.ToDocumentAsync()).ErrorSummary());
        Assert.Equal(before, await UserCountAsync(app));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task PasswordReset_EmailedLinkChangesThePassword(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var user = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var client = app.CreateBrowserlessClient();

        var asked = await client.SubmitFormAsync("/Account/ForgotPassword", new() { ["Email"] = user.Email });
        Assert.Contains("Check your email", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var link = Mailbox.LinkIn(app.LatestTo(user.Email));
        var reset = await client.SubmitFormAsync(link, new()
        {
            ["Input.Password"] = "brand new password",
            ["Input.ConfirmPassword"] = "brand new password",
        });

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await app.SignedInClientAsync(user with { Password = "brand new password" });
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task PasswordReset_ForUnknownAddress_GivesTheSameAnswerAndSendsNothing(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var email = $"nobody-{Guid.NewGuid():N}@college.test";

        var asked = await app.CreateBrowserlessClient().SubmitFormAsync(
            "/Account/ForgotPassword",
            new() { ["Email"] = email });

        Assert.Contains("Check your email", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => app.LatestTo(email));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task TwoFactor_OnceTurnedOn_SignInAsksForTheAuthenticatorCode(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var user = await app.CreateUserAsync(Roles.PlacementCoordinator);
        var client = await app.SignedInClientAsync(user);
        var setup = await client.GetDocumentAsync("/Account/Security/Authenticator");
        var key = setup.QuerySelector("main strong")!.TextContent.Replace(" ", "", StringComparison.Ordinal);

        var turnedOn = await client.SubmitFormAsync(
            "/Account/Security/Authenticator",
            new() { ["Code"] = CodeFor(key) });
        Assert.Equal(HttpStatusCode.Redirect, turnedOn.StatusCode);

        var fresh = app.CreateBrowserlessClient();
        var password = await fresh.SubmitFormAsync("/Account/SignIn", new()
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });
        Assert.StartsWith("/Account/TwoFactor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/")).StatusCode);

        var code = await fresh.SubmitFormAsync("/Account/TwoFactor", new() { ["Code"] = CodeFor(key) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/")).StatusCode);
    }

    // Identity checks authenticator codes against the real clock, so the code is made from it too.
    private static string CodeFor(string key) =>
        new Totp(Base32Encoding.ToBytes(key.ToUpperInvariant())).ComputeTotp(DateTime.UtcNow);

    private static Task<int> UserCountAsync(TestApp app) =>
        app.WithServicesAsync(services => Task.FromResult(
            services.GetRequiredService<UserManager<AppUser>>().Users.Count()));
}

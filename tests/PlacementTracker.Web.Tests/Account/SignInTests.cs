using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Account;

public class SignInTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task SignIn_WithCorrectPassword_GoesHomeAndIsAudited(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var user = await app.CreateUserAsync(Roles.Tutor);
        var client = app.CreateBrowserlessClient();

        var response = await client.SubmitFormAsync("/Account/SignIn", new()
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Contains(AuditActions.SignedIn, await AuditActionsOfAsync(app, user.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task SignIn_WithWrongPassword_ShowsErrorAndIsAudited(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var user = await app.CreateUserAsync(Roles.Tutor);
        var client = app.CreateBrowserlessClient();

        var response = await client.SubmitFormAsync("/Account/SignIn", new()
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = "not-the-password",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(["Enter a correct email address and password"], page.ErrorSummary());
        Assert.Contains(AuditActions.SignInFailed, await AuditActionsOfAsync(app, user.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task SignIn_WithEmptyFields_NamesEachField(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = app.CreateBrowserlessClient();

        var response = await client.SubmitFormAsync("/Account/SignIn", new()
        {
            ["Input.Email"] = "",
            ["Input.Password"] = "",
        });

        var page = await response.ToDocumentAsync();
        Assert.Equal(["Enter your email address", "Enter your password"], page.ErrorSummary());
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#Input_Email']"));
        Assert.NotNull(page.QuerySelector("#Input_Email"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task SignIn_AfterFiveFailures_IsLockedEvenWithTheRightPassword(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var user = await app.CreateUserAsync(Roles.Student);
        var client = app.CreateBrowserlessClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitFormAsync("/Account/SignIn", new()
            {
                ["Input.Email"] = user.Email,
                ["Input.Password"] = "wrong-password-" + i,
            });
        }

        var response = await client.SubmitFormAsync("/Account/SignIn", new()
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("locked", (await response.ToDocumentAsync()).ErrorSummary().Single(), StringComparison.Ordinal);
        Assert.Contains(AuditActions.LockedOut, await AuditActionsOfAsync(app, user.Id));
    }

    [Fact]
    public async Task SignIn_TooManyAttemptsInAMinute_AnswersTooManyRequestsButPageLoadsDoNotCount()
    {
        await using var app = TestApp.StartNew(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["SignIn:AttemptsPerMinute"] = "3",
        });
        var client = app.CreateBrowserlessClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/SignIn")).StatusCode);
        }

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var attempt = await client.SubmitFormAsync("/Account/SignIn", new()
            {
                ["Input.Email"] = "someone@college.test",
                ["Input.Password"] = "wrong password",
            });
            statuses.Add(attempt.StatusCode);
        }

        Assert.Equal(
            [HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest,
                HttpStatusCode.TooManyRequests],
            statuses);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task SignOut_MakesACopyOfTheOldCookieUseless(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var user = await app.CreateUserAsync(Roles.Tutor);
        var client = await app.SignedInClientAsync(user);
        var home = await client.GetAsync("/");
        var cookie = home.RequestMessage!.Headers.TryGetValues("Cookie", out var sent) ? string.Join("; ", sent) : "";

        await client.SubmitFormAsync("/Account/SignOut", []);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var replay = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Students");
        request.Headers.Add("Cookie", cookie);

        Assert.Contains("pt_auth", cookie, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await replay.SendAsync(request)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task SignOut_EndsTheSession(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var user = await app.CreateUserAsync(Roles.Tutor);
        var client = await app.SignedInClientAsync(user);

        var response = await client.SubmitFormAsync("/Account/SignOut", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task SignIn_ToAnotherSite_IsRefusedAndGoesHome(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var user = await app.CreateUserAsync(Roles.Tutor);
        var client = app.CreateBrowserlessClient();

        var response = await client.SubmitFormAsync("/Account/SignIn?ReturnUrl=https%3A%2F%2Fevil.example", new()
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    internal static Task<List<string>> AuditActionsOfAsync(TestApp app, string userId) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>().AuditEvents
            .Where(e => e.ActorUserId == userId)
            .Select(e => e.Action)
            .ToListAsync());
}

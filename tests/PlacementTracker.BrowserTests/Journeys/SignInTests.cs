using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlacementTracker.BrowserTests.Support;
using PlacementTracker.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace PlacementTracker.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class SignInTests(BrowserFixture browser)
{
    private static readonly string[] AdministrationItems = ["Users", "Reference data", "Settings", "Audit log"];

    [Theory]
    [MemberData(nameof(DemoUsers.AllRoles), MemberType = typeof(DemoUsers))]
    public async Task SignIn_AsEachDemoRole_ShowsTheirNavigation(string role)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.SignInAsAsync(role);

        var navigation = await page.NavigationAsync();
        Assert.Contains("Home", navigation);
        Assert.Contains("Your account", navigation);
        Assert.Contains("Sign out", navigation);
        foreach (var item in AdministrationItems)
        {
            Assert.Equal(role == Roles.Administrator, navigation.Contains(item));
        }

        var isStudent = role == Roles.Student;
        Assert.Equal(isStudent, navigation.Contains("My placement"));
        Assert.Equal(!isStudent, navigation.Contains("Students"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();

        await Expect(page.Heading()).ToHaveTextAsync("You have signed out");
        Assert.Equal(["Sign in"], await page.NavigationAsync());
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_ShowsAnErrorSummaryWhoseLinkMovesFocusToTheField()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.SubmitSignInAsync(DemoUsers.EmailOf(Roles.Tutor), "not-the-password");

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary.Locator(".govuk-error-summary__title")).ToHaveTextAsync("There is a problem");
        await Expect(summary).ToBeFocusedAsync();
        var link = summary.GetByRole(AriaRole.Link, new() { Name = "Enter a correct email address and password" });
        await Expect(link).ToHaveAttributeAsync("href", "#Input_Email");
        var email = page.GetByLabel("Email address", new() { Exact = true });
        await Expect(email).Not.ToBeFocusedAsync();

        await link.ClickAsync();

        await Expect(email).ToBeFocusedAsync();
        await Expect(page.Locator("#Input_Email-error"))
            .ToContainTextAsync("Enter a correct email address and password");
    }

    [Fact]
    public async Task SignIn_WithoutJavaScript_ReachesHomeAndSignsOut()
    {
        await using var context = await browser.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();

        await page.SignInAsAsync(Roles.PlacementCoordinator);

        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        await Expect(page.Heading()).ToContainTextAsync("industry placements");
        await Expect(page.Locator("body")).Not.ToHaveClassAsync(new Regex(@"\bgovuk-frontend-supported\b"));
        Assert.Contains("Students", await page.NavigationAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();

        await Expect(page.Heading()).ToHaveTextAsync("You have signed out");
    }
}

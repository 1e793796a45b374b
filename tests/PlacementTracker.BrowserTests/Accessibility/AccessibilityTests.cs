using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.BrowserTests.Support;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using static Microsoft.Playwright.Assertions;

namespace PlacementTracker.BrowserTests.Accessibility;

/// <summary>axe-core finds nothing serious or critical on the pages people meet first.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(null, "/Account/SignIn", "Sign in")]
    [InlineData(null, "/Cookies", "Cookies")]
    [InlineData(null, "/Errors/500", "Sorry, there is a problem with the service")]
    [InlineData(null, "/Errors/403", "You do not have access to this page")]
    [InlineData(null, "/no-such-page", "Page not found")]
    [InlineData(Roles.PlacementCoordinator, "/no-such-page", "Page not found")]
    [InlineData(Roles.PlacementCoordinator, "/", "industry placements")]
    [InlineData(Roles.Student, "/", "industry placements")]
    [InlineData(Roles.PlacementCoordinator, "/Students", "Students")]
    [InlineData(Roles.PlacementCoordinator, "/Students/Add", "Add a student")]
    [InlineData(Roles.PastoralSupport, "/Students?Status=none", "Students")]
    [InlineData(Roles.Administrator, "/Admin/Settings", "Provider settings")]
    [InlineData(Roles.Administrator, "/Admin/Users", "Users")]
    [InlineData(Roles.Administrator, "/Admin/ProgressIndicators", "Progress indicators")]
    [InlineData(Roles.PlacementCoordinator, "/GoodPractice", "Good practice")]
    [InlineData(Roles.PlacementCoordinator, "/Results", "Results for DfE")]
    public async Task Page_HasNoSeriousAccessibilityViolations(string? signedInAs, string path, string heading)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        if (signedInAs is not null)
        {
            await page.SignInAsAsync(signedInAs);
        }

        await page.GotoAsync(path);

        await Expect(page.Heading()).ToContainTextAsync(heading);
        await page.AssertNoSeriousViolationsAsync();
    }

    [Theory]
    [InlineData(Roles.PlacementCoordinator, "")]
    [InlineData(Roles.PlacementCoordinator, "/Send")]
    [InlineData(Roles.PlacementCoordinator, "/Edit")]
    [InlineData(Roles.PlacementCoordinator, "/WorkReadiness")]
    [InlineData(Roles.PlacementCoordinator, "/Training")]
    [InlineData(Roles.EmployerSupervisor, "")]
    public async Task StudentPages_HaveNoSeriousAccessibilityViolations(string role, string subpage)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsAsync(role);
        await page.GotoAsync("/Students");
        var record = await page.Locator("main tbody a").First.GetAttributeAsync("href");

        var response = await page.GotoAsync(record + subpage);

        Assert.Equal(200, response!.Status);
        await page.AssertNoSeriousViolationsAsync();
    }

    /// <summary>The demo student's placement: its reviews, a held review, completion and achievements.</summary>
    [Theory]
    [InlineData(Roles.PlacementCoordinator, "/Reviews", "Reviews")]
    [InlineData(Roles.PlacementCoordinator, "/Completion", "Completion")]
    [InlineData(Roles.PlacementCoordinator, "/Completion/SpecialConsideration", "Special consideration")]
    [InlineData(Roles.PlacementCoordinator, "/Achievements", "Achievements summary")]
    [InlineData(Roles.Student, "/Reviews", "Reviews")]
    [InlineData(Roles.Student, "/Completion", "Completion")]
    [InlineData(Roles.Student, "/Achievements", "Achievements summary")]
    [InlineData(Roles.EmployerSupervisor, "/Reviews", "Reviews")]
    public async Task PlacementReviewAndCompletionPages_HaveNoSeriousAccessibilityViolations(
        string role, string subpage, string heading)
    {
        var placementId = await browser.App.WithServicesAsync(services =>
        {
            var db = services.GetRequiredService<PlacementDbContext>();
            var email = DemoUsers.EmailOf(Roles.Student);
            return db.Placements
                .Where(p => db.Users.Any(u => u.Id == p.Student!.UserId && u.Email == email))
                .Select(p => p.Id)
                .SingleAsync();
        });
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsAsync(role);

        await page.GotoAsync($"/Placements/{placementId}{subpage}");

        await Expect(page.Heading()).ToHaveTextAsync(heading);
        await page.AssertNoSeriousViolationsAsync();
        if (subpage == "/Reviews")
        {
            await page.Locator("#reviews tbody a").First.ClickAsync();
            await Expect(page.Heading()).ToContainTextAsync("review");
            await page.AssertNoSeriousViolationsAsync();
        }
    }

    [Fact]
    public async Task SignInPageShowingErrors_HasNoSeriousAccessibilityViolations()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.SubmitSignInAsync("", "");

        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Expect(page.Locator(".govuk-error-message")).ToHaveCountAsync(2);
        await page.AssertNoSeriousViolationsAsync();
    }

    /// <summary>The check itself: markup with known faults fails it, naming the rule to fix.</summary>
    [Fact]
    public async Task AccessibilityCheck_OnFaultyMarkup_FailsAndSaysWhatToFix()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><title>Faulty</title></head><body><main><h1>Faulty</h1>" +
            "<form><input type=\"text\" name=\"unlabelled\"></form></main></body></html>");

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(page.AssertNoSeriousViolationsAsync);

        Assert.Contains("label", failure.Message, StringComparison.Ordinal);
        Assert.Contains("name=\"unlabelled\"", failure.Message, StringComparison.Ordinal);
    }
}

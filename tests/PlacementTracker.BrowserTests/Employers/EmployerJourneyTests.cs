using Microsoft.Playwright;
using PlacementTracker.BrowserTests.Support;
using PlacementTracker.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace PlacementTracker.BrowserTests.Employers;

[Collection(BrowserCollection.Name)]
public class EmployerJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_AddsAnEmployerWithASiteAndASupervisor_AndSeesThemOnTheEmployerPage()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsAsync(Roles.PlacementCoordinator);
        var reference = "BRW" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        await page.GotoAsync("/Employers");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add an employer" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Brightwell Engineering");
        await page.GetByLabel("Reference").FillAsync(reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save employer" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Brightwell Engineering");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a site" }).ClickAsync();
        await page.GetByLabel("Site name").FillAsync("Works");
        await page.GetByLabel("Address line 1").FillAsync("4 Canal Street");
        await page.GetByLabel("Town or city").FillAsync("Leeds");
        await page.GetByLabel("Postcode").FillAsync("ls1 4ap");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save site" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a supervisor" }).ClickAsync();
        await page.GetByLabel("Full name").FillAsync("Priya Shah");
        await page.GetByLabel("Email address").FillAsync($"{reference.ToLowerInvariant()}@employer.test");
        await page.GetByLabel("Job title (optional)").FillAsync("Lead engineer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add supervisor" }).ClickAsync();

        var main = page.Locator("main");
        await Expect(main).ToContainTextAsync("LS1 4AP");
        await Expect(main).ToContainTextAsync("Priya Shah");
        await Expect(main).ToContainTextAsync("Lead engineer");
    }

    [Theory]
    [InlineData("/Employers", "Employers")]
    [InlineData("/Employers/Edit", "Add an employer")]
    [InlineData("/Opportunities", "Opportunities")]
    public async Task Page_HasNoSeriousAccessibilityViolations(string path, string heading)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsAsync(Roles.PlacementCoordinator);

        await page.GotoAsync(path);

        await Expect(page.Heading()).ToContainTextAsync(heading);
        await page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task EmployerPage_HasNoSeriousAccessibilityViolations()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsAsync(Roles.PlacementCoordinator);
        await page.GotoAsync("/Employers?Flagged=true");

        await page.Locator("main table a").First.ClickAsync();

        await Expect(page.Locator(".govuk-caption-l")).ToContainTextAsync("Employer EMP");
        await page.AssertNoSeriousViolationsAsync();
    }
}

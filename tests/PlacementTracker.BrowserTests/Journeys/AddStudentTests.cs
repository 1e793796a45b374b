using Microsoft.Playwright;
using PlacementTracker.BrowserTests.Support;
using PlacementTracker.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace PlacementTracker.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class AddStudentTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_AddsAStudent_AndFindsThemInTheFilteredList()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsAsync(Roles.PlacementCoordinator);
        await page.GotoAsync("/Students");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a student" }).ClickAsync();

        await page.GetByLabel("ULN (Unique Learner Number)").FillAsync("1000000043");
        await page.GetByLabel("College student number").FillAsync("B900001");
        await page.GetByLabel("Given name").FillAsync("Agnès");
        await page.GetByLabel("Family name").FillAsync("Brontë-Journey");
        await page.GetByLabel("Date of birth").FillAsync("2009-05-01");
        await page.GetByLabel("T Level pathway").SelectOptionAsync("60358324");
        await page.GetByLabel("Occupational specialism").SelectOptionAsync("ZTLOS005");
        await page.GetByLabel("Cohort").FillAsync("2026 to 2028");
        await page.GetByLabel("Expected end date").FillAsync("2028-07-31");
        await page.GetByLabel("Home postcode (optional)").FillAsync("ls1 4ap");
        await page.GetByLabel("Monday").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add student" }).ClickAsync();

        await Expect(page.Heading()).ToHaveTextAsync("Agnès Brontë-Journey");
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("added");
        await Expect(page.Locator("main")).ToContainTextAsync("LS1 4AP");
        await page.AssertNoSeriousViolationsAsync();

        await page.GotoAsync("/Students");
        await page.GetByLabel("Search").FillAsync("Brontë-Journey");
        await page.GetByLabel("T Level pathway").SelectOptionAsync("60358324");
        await page.GetByLabel("Placement status").SelectOptionAsync("none");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        var rows = page.Locator("main tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("Agnès Brontë-Journey");
        await Expect(rows).ToContainTextAsync("No placement yet");
    }

    [Fact]
    public async Task AddStudentForm_WithErrors_LinksEachErrorToItsField()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsAsync(Roles.PlacementCoordinator);
        await page.GotoAsync("/Students/Add");

        await page.GetByLabel("ULN (Unique Learner Number)").FillAsync("1000000063");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add student" }).ClickAsync();

        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("ULN 1000000063 fails its check digit");
        await page.AssertNoSeriousViolationsAsync();
    }
}

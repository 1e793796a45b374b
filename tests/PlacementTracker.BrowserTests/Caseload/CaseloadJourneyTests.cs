using Microsoft.Playwright;
using PlacementTracker.BrowserTests.Support;
using PlacementTracker.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace PlacementTracker.BrowserTests.Caseload;

[Collection(BrowserCollection.Name)]
public class CaseloadJourneyOnSqliteTests(BrowserFixture browser)
{
    [Fact]
    public Task Coordinator_FiltersTheCaseloadToOneReason_AndOpensAPlacementsTimeline_OnSqlite() =>
        CaseloadJourney.RunAsync(browser);
}

[Collection(PostgresBrowserCollection.Name)]
public class CaseloadJourneyOnPostgresTests(PostgresBrowserFixture browser)
{
    [PostgresFact]
    public Task Coordinator_FiltersTheCaseloadToOneReason_AndOpensAPlacementsTimeline_OnPostgres() =>
        CaseloadJourney.RunAsync(browser);
}

/// <summary>
/// The coordinator opens the caseload on the demo data, filters it to the most urgent placement's first reason,
/// sees only placements with that reason, and opens the first one's timeline, which gives the same reason today.
/// </summary>
public static class CaseloadJourney
{
    public static async Task RunAsync(BrowserFixture browser)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsAsync(Roles.PlacementCoordinator);
        await page.GetByRole(AriaRole.Link, new() { Name = "Caseload", Exact = true }).ClickAsync();
        await page.AssertNoSeriousViolationsAsync();

        // The most urgent placement's first reason, whatever the demo data makes it.
        var reason = await page.Locator("#caseload tbody tr li[data-reason]").First.GetAttributeAsync("data-reason");
        await page.GetByLabel("Reason").SelectOptionAsync(reason!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        var rows = page.Locator("#caseload tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        foreach (var row in await rows.AllAsync())
        {
            await Expect(row.Locator($"li[data-reason='{reason}']")).ToHaveCountAsync(1);
        }

        await rows.First.GetByRole(AriaRole.Link, new() { NameRegex = new("^Timeline") }).ClickAsync();

        await Expect(page.Heading()).ToHaveTextAsync("Placement timeline");
        await Expect(page.Locator($"#status-today li[data-reason='{reason}']")).ToHaveCountAsync(1);
        await page.AssertNoSeriousViolationsAsync();
    }
}

using Microsoft.Playwright;
using PlacementTracker.BrowserTests.Support;
using PlacementTracker.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace PlacementTracker.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class StudentAccessTests(BrowserFixture browser)
{
    [Fact]
    public async Task Student_TypingAnotherStudentsRecordAddress_SeesPageNotFound()
    {
        var everyone = await StudentLinksSeenByAsync(Roles.PlacementCoordinator);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsAsync(Roles.Student);
        await page.GotoAsync("/Students");
        var own = await RecordLinksAsync(page);
        Assert.NotEmpty(own);
        var someoneElse = everyone.First(path => !own.Contains(path));
        Assert.Equal(200, (await page.GotoAsync(own[0]))!.Status);

        var response = await page.GotoAsync(someoneElse);

        Assert.Equal(404, response!.Status);
        await Expect(page.Heading()).ToHaveTextAsync("Page not found");
        Assert.Contains("My placement", await page.NavigationAsync());
    }

    /// <summary>The addresses of the records on the first page of /Students for a role's demo user.</summary>
    private async Task<string[]> StudentLinksSeenByAsync(string role)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsAsync(role);
        await page.GotoAsync("/Students");
        var links = await RecordLinksAsync(page);
        Assert.True(links.Length > 1, $"The {role} sees {links.Length} students");
        return links;
    }

    private static Task<string[]> RecordLinksAsync(IPage page) =>
        page.Locator("main table a").EvaluateAllAsync<string[]>("links => links.map(a => a.pathname)");
}

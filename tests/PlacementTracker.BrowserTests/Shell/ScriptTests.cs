using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlacementTracker.BrowserTests.Support;
using PlacementTracker.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace PlacementTracker.BrowserTests.Shell;

[Collection(BrowserCollection.Name)]
public class ScriptTests(BrowserFixture browser)
{
    [Fact]
    public async Task Home_RunsItsScriptsWithoutContentSecurityPolicyOrConsoleErrors()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"console {message.Type}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"{response.Status} for {response.Url}");
            }
        };

        await page.SignInAsAsync(Roles.PlacementCoordinator);
        await page.GotoAsync("/");
        await Expect(page.Heading()).ToContainTextAsync("industry placements");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.DoesNotContain(problems, p => p.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        await Expect(page.Locator("body")).ToHaveClassAsync(new Regex(@"\bgovuk-frontend-supported\b"));
        await Expect(page.Locator(".govuk-service-navigation")).ToHaveAttributeAsync(
            "data-govuk-service-navigation-init", "");
    }
}

using Microsoft.Playwright;
using PlacementTracker.Core.Demo;

namespace PlacementTracker.BrowserTests.Support;

/// <summary>What a person does with the browser, in the words the pages use.</summary>
public static class Journeys
{
    /// <summary>Fills in and sends the sign-in form, without waiting for where it leads.</summary>
    public static async Task SubmitSignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email address", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    /// <summary>Signs in as the demo user in <paramref name="role"/> and waits to leave the sign-in page.</summary>
    public static async Task SignInAsAsync(this IPage page, string role)
    {
        await page.SubmitSignInAsync(DemoUsers.EmailOf(role), DemoDataSeeder.Password);
        await page.WaitForURLAsync(
            url => !new Uri(url).AbsolutePath.StartsWith("/Account/SignIn", StringComparison.Ordinal));
    }

    public static ILocator NavigationItems(this IPage page) => page.Locator(".govuk-service-navigation__item");

    /// <summary>The text of each item in the service navigation, in order.</summary>
    public static async Task<IReadOnlyList<string>> NavigationAsync(this IPage page) =>
        [.. (await page.NavigationItems().AllTextContentsAsync()).Select(text => text.Trim())];

    public static ILocator Heading(this IPage page) => page.Locator("h1");
}

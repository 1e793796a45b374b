using Microsoft.Playwright;
using PlacementTracker.Core.Data;

namespace PlacementTracker.BrowserTests.Support;

/// <summary>
/// One running app and one headless Chromium for every browser test; each test opens a context of its own,
/// so cookies and storage never leak between tests. The app is on SQLite; <see cref="PostgresBrowserFixture"/>
/// runs it on PostgreSQL.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium: Playwright's own browser download is not used.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserFixture()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected BrowserFixture(DatabaseProvider provider) => Provider = provider;

    public DatabaseProvider Provider { get; }

    private BrowserApp? Started { get; set; }

    public BrowserApp App => Started ?? throw new InvalidOperationException("The app has not started");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started");

    public async Task InitializeAsync()
    {
        // Without a server to run on, the PostgreSQL tests are skipped (PostgresFact), so nothing starts.
        if (Provider == DatabaseProvider.Postgres && BrowserDatabases.PostgresConnectionString is null)
        {
            return;
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests drive {ChromiumPath}: install it with `apt-get install chromium`.");
        }

        Started = new BrowserApp(Provider);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,

            // Without the background-networking flags Chromium keeps calling Google's hosts,
            // which this machine's closed network refuses.
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh, signed-out browser context whose relative URLs resolve against the app.</summary>
    public Task<IBrowserContext> NewContextAsync(bool javaScriptEnabled = true) =>
        Browser.NewContextAsync(new()
        {
            BaseURL = App.BaseAddress,
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (Started is not null)
        {
            await Started.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>The same app and browser, with the app on a fresh PostgreSQL database of its own.</summary>
public sealed class PostgresBrowserFixture : BrowserFixture
{
    public PostgresBrowserFixture()
        : base(DatabaseProvider.Postgres)
    {
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresBrowserCollection : ICollectionFixture<PostgresBrowserFixture>
{
    public const string Name = "Browser on PostgreSQL";
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace PlacementTracker.BrowserTests.Support;

/// <summary>
/// The real app on a real Kestrel port, on a SQLite file of its own with the demo college loaded,
/// so a real browser can reach it.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>
{
    public BrowserApp()
    {
        DataDirectory = Directory.CreateTempSubdirectory("placement-tracker-browser-").FullName;
        UseKestrel(0);
        StartServer();
        var bound = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        BaseAddress = (bound?.FirstOrDefault() ?? ClientOptions.BaseAddress.ToString()).TrimEnd('/');
    }

    public string DataDirectory { get; }

    /// <summary>Where the app listens, like http://127.0.0.1:41234, without a trailing slash.</summary>
    public string BaseAddress { get; }

    public string Url(string path) => BaseAddress + path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(DataDirectory, "browser.db")}");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("SignIn:AttemptsPerMinute", "100000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}

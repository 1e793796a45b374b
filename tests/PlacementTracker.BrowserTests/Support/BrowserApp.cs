using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PlacementTracker.Core.Data;

namespace PlacementTracker.BrowserTests.Support;

/// <summary>
/// The real app on a real Kestrel port, with the demo college loaded, so a real browser can reach it: on a SQLite
/// file of its own, or on a fresh PostgreSQL database on the server <see cref="BrowserDatabases.PostgresVariable"/>
/// names, dropped again on dispose.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>
{
    private readonly string connectionString;

    public BrowserApp(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        Provider = provider;
        DataDirectory = Directory.CreateTempSubdirectory("placement-tracker-browser-").FullName;
        connectionString = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(BrowserDatabases.RequirePostgres())
            {
                Database = $"pt_browser_{Guid.NewGuid():N}",
            }.ConnectionString
            : $"Data Source={Path.Combine(DataDirectory, "browser.db")}";
        UseKestrel(0);
        StartServer();
        var bound = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        BaseAddress = (bound?.FirstOrDefault() ?? ClientOptions.BaseAddress.ToString()).TrimEnd('/');
    }

    public DatabaseProvider Provider { get; }

    public string DataDirectory { get; }

    /// <summary>Where the app listens, like http://127.0.0.1:41234, without a trailing slash.</summary>
    public string BaseAddress { get; }

    public string Url(string path) => BaseAddress + path;

    /// <summary>Runs <paramref name="work"/> with the app's services, in a scope of its own: for set-up only.</summary>
    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("SignIn:AttemptsPerMinute", "100000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider == DatabaseProvider.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(BrowserDatabases.RequirePostgres());
            await admin.OpenAsync();
            var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        Directory.Delete(DataDirectory, recursive: true);
    }
}

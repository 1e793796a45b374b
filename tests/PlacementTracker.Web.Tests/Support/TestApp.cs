using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Web.Tests.Support;

/// <summary>
/// The real app on a real database of its own, with a fake clock and its own data folder.
/// One per database is shared by all tests; tests make their own records, so they do not collide.
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    private static readonly ConcurrentDictionary<DatabaseProvider, Lazy<TestApp>> Shared = new();

    private readonly string connectionString;

    private TestApp(DatabaseProvider provider)
    {
        Provider = provider;
        DataDirectory = Directory.CreateTempSubdirectory("placement-tracker-tests-").FullName;
        connectionString = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString)
            {
                Database = $"pt_test_{Guid.NewGuid():N}",
            }.ConnectionString
            : $"Data Source={Path.Combine(DataDirectory, "tests.db")}";
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The app's database, for a second app server sharing it (as its Database:ConnectionString).</summary>
    public string ConnectionString => connectionString;

    public string DataDirectory { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero));

    public string MailDirectory => Path.Combine(DataDirectory, "mail");

    public static TestApp For(DatabaseProvider provider) =>
        Shared.GetOrAdd(provider, p => new Lazy<TestApp>(() => Start(p))).Value;

    /// <summary>
    /// A fresh app on a fresh database, for tests that need start-up behaviour or settings of their own.
    /// </summary>
    public static TestApp StartNew(DatabaseProvider provider, IDictionary<string, string?>? settings = null)
    {
        var app = new TestApp(provider) { ExtraSettings = settings ?? new Dictionary<string, string?>() };
        _ = app.Server;
        return app;
    }

    private IDictionary<string, string?> ExtraSettings { get; init; } = new Dictionary<string, string?>();

    private static TestApp Start(DatabaseProvider provider)
    {
        var app = new TestApp(provider);
        _ = app.Server;
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("SignIn:AttemptsPerMinute", "100000");
        builder.UseSetting("Site:BaseUrl", "https://placements.college.test/");
        builder.UseSetting("Reminders:Enabled", "false");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task WithServicesAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public HttpClient CreateBrowserlessClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider == DatabaseProvider.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(TestDatabases.PostgresConnectionString);
            await admin.OpenAsync();
            var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        Directory.Delete(DataDirectory, recursive: true);
    }
}

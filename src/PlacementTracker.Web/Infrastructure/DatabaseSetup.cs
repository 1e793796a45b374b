using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.ReferenceData;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Core.Settings;

namespace PlacementTracker.Web.Infrastructure;

public static class DatabaseSetup
{
    public static void AddDatabase(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration["Database:ConnectionString"];

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but Database:ConnectionString is empty. " +
                    "Set it to an Npgsql connection string.");
            }

            var file = Path.Combine(builder.Environment.DataDirectory(builder.Configuration), "placement-tracker.db");
            connectionString = $"Data Source={file}";
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddPlacementDatabase(provider, connectionString);
        builder.Services.AddPlacementCore();
        builder.Services.AddHealthChecks().AddDbContextCheck<PlacementDbContext>("database");
    }

    /// <summary>The folder for the SQLite file, mail and uploads; relative paths are under the content root.</summary>
    public static string DataDirectory(this IHostEnvironment environment, IConfiguration configuration)
    {
        var configured = configuration["Storage:DataDirectory"];
        var path = Path.Combine(
            environment.ContentRootPath,
            string.IsNullOrWhiteSpace(configured) ? "data" : configured);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Brings the schema up to date and loads what a first start needs.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PlacementDbContext>();

        await db.Database.MigrateAsync();
        await services.GetRequiredService<ReferenceDataLoader>().LoadIfEmptyAsync();
        await services.GetRequiredService<ObjectiveTemplateStarterSet>().LoadIfEmptyAsync();
        await services.GetRequiredService<ProgressIndicatorDefaults>().LoadIfEmptyAsync();
        await services.GetRequiredService<ProviderSettingsStore>().EnsureCreatedAsync();
        await services.GetRequiredService<RoleSetup>().EnsureRolesAsync();

        if (app.Configuration.GetValue("Demo:Enabled", true))
        {
            await services.GetRequiredService<DemoStart>().SeedIfEmptyAsync();
        }
    }
}

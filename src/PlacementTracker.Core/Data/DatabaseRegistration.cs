using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace PlacementTracker.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers the context for the chosen database; callers ask for <see cref="PlacementDbContext"/>.
    /// </summary>
    public static IServiceCollection AddPlacementDatabase(
        this IServiceCollection services,
        DatabaseProvider provider,
        string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresPlacementDbContext>(o => o.UsePostgres(connectionString));
            services.AddScoped<PlacementDbContext>(sp => sp.GetRequiredService<PostgresPlacementDbContext>());
        }
        else
        {
            services.AddDbContext<SqlitePlacementDbContext>(o => o.UseSqliteDatabase(connectionString));
            services.AddScoped<PlacementDbContext>(sp => sp.GetRequiredService<SqlitePlacementDbContext>());
        }

        return services;
    }

    internal static DbContextOptionsBuilder UsePostgres(
        this DbContextOptionsBuilder options,
        string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"));

    internal static DbContextOptionsBuilder UseSqliteDatabase(
        this DbContextOptionsBuilder options,
        string connectionString) =>
        options.UseSqlite(connectionString);
}

/// <summary>Lets `dotnet ef` build the SQLite model without starting the web app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePlacementDbContext>
{
    public SqlitePlacementDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqlitePlacementDbContext>)new DbContextOptionsBuilder<SqlitePlacementDbContext>()
            .UseSqliteDatabase("Data Source=design-time.db")
            .Options);
}

/// <summary>Lets `dotnet ef` build the PostgreSQL model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPlacementDbContext>
{
    public PostgresPlacementDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<PostgresPlacementDbContext>)new DbContextOptionsBuilder<PostgresPlacementDbContext>()
            .UsePostgres("Host=localhost;Database=design_time")
            .Options);
}

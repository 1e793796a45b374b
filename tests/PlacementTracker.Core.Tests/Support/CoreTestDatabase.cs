using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Demo;
using PlacementTracker.Core.ReferenceData;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Tests.Support;

/// <summary>A real SQLite database in memory, with reference data, roles and Identity set up as the app does.</summary>
public sealed class CoreTestDatabase : IAsyncDisposable
{
    private readonly SqliteConnection connection;
    private readonly ServiceProvider services;
    private readonly AsyncServiceScope scope;

    private CoreTestDatabase(SqliteConnection connection)
    {
        this.connection = connection;
        services = BuildServices(connection);
        scope = services.CreateAsyncScope();
    }

    public PlacementDbContext Db => scope.ServiceProvider.GetRequiredService<PlacementDbContext>();

    public UserManager<AppUser> Users => scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

    public static async Task<CoreTestDatabase> CreateAsync()
    {
        var connection = new SqliteConnection("DataSource=:memory:");
        await connection.OpenAsync();
        var database = new CoreTestDatabase(connection);
        await database.Db.Database.EnsureCreatedAsync();
        await new ReferenceDataLoader(database.Db).LoadIfEmptyAsync();
        await database.CreateRolesAsync();
        return database;
    }

    public Task<IReadOnlyList<DemoSignIn>> SeedAsync(DateTimeOffset now) =>
        new DemoDataSeeder(Db, Users, new FakeTimeProvider(now)).SeedAsync();

    public async Task<List<Student>> StudentsSeenByAsync(string email)
    {
        var user = await Users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        var roles = (await Users.GetRolesAsync(user)).ToHashSet();
        return await new AccessScope(Db).Students(new Viewer(user.Id, roles)).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await services.DisposeAsync();
        await connection.DisposeAsync();
    }

    private async Task CreateRolesAsync()
    {
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            Assert.True((await roles.CreateAsync(new IdentityRole(role))).Succeeded);
        }
    }

    private static ServiceProvider BuildServices(SqliteConnection connection)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection();
        services.AddDbContext<SqlitePlacementDbContext>(o => o.UseSqlite(connection));
        services.AddScoped<PlacementDbContext>(sp => sp.GetRequiredService<SqlitePlacementDbContext>());
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PlacementDbContext>();
        return services.BuildServiceProvider();
    }
}

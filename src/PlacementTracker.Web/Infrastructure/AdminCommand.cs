using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.ReferenceData;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Core.Settings;

namespace PlacementTracker.Web.Infrastructure;

/// <summary>
/// `create-admin --email you@college.ac.uk --name "Your Name"`: prepares the database without demo data and
/// creates the first administrator of a real deployment. The password is read from the
/// PLACEMENT_TRACKER_ADMIN_PASSWORD environment variable, or from standard input.
/// </summary>
public static class AdminCommand
{
    public const string Name = "create-admin";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var email = Option(args, "--email");
        var name = Option(args, "--name");
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(name))
        {
            await Console.Error.WriteLineAsync($"Usage: {Name} --email you@college.ac.uk --name \"Your Name\"");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable("PLACEMENT_TRACKER_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Console.Write("Password for the administrator (10 characters or more): ");
            password = Console.ReadLine() ?? "";
        }

        await using var scope = app.Services.CreateAsyncScope();
        await PrepareWithoutDemoAsync(scope.ServiceProvider);
        var errors = await CreateAsync(scope.ServiceProvider, email, name, password);
        foreach (var error in errors)
        {
            await Console.Error.WriteLineAsync(error);
        }

        if (errors.Count == 0)
        {
            Console.WriteLine($"Administrator {email} created. Start the app and sign in.");
        }

        return errors.Count == 0 ? 0 : 1;
    }

    private static async Task PrepareWithoutDemoAsync(IServiceProvider services)
    {
        await services.GetRequiredService<PlacementDbContext>().Database.MigrateAsync();
        await services.GetRequiredService<ReferenceDataLoader>().LoadIfEmptyAsync();
        await services.GetRequiredService<ObjectiveTemplateStarterSet>().LoadIfEmptyAsync();
        await services.GetRequiredService<ProgressIndicatorDefaults>().LoadIfEmptyAsync();
        await services.GetRequiredService<ProviderSettingsStore>().EnsureCreatedAsync();
        await services.GetRequiredService<RoleSetup>().EnsureRolesAsync();
    }

    internal static async Task<IReadOnlyList<string>> CreateAsync(IServiceProvider services, string email, string name,
        string password)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = name,
            EmailConfirmed = true,
            CreatedAtUtc = now,
            ActivatedAtUtc = now,
        };

        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return result.Errors.Select(e => e.Description).ToList();
        }

        await users.AddToRoleAsync(user, Roles.Administrator);
        await services.GetRequiredService<AuditLog>().RecordNowAsync(Actor.System, AuditActions.AdministratorCreated,
            $"Created administrator {email} from the command line", new AuditSubject("User", user.Id));
        return [];
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1].Trim() : null;
    }
}

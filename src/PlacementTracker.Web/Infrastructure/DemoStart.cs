using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Demo;

namespace PlacementTracker.Web.Infrastructure;

/// <summary>Loads the demo provider into an empty database and prints its sign-ins.</summary>
public sealed class DemoStart(PlacementDbContext db, DemoDataSeeder seeder, ILogger<DemoStart> logger)
{
    public async Task SeedIfEmptyAsync()
    {
        if (await db.Users.AnyAsync() || await db.Students.AnyAsync())
        {
            return;
        }

        var signIns = await seeder.SeedAsync();
        logger.LogInformation("Demo data loaded: {SignInCount} demo sign-ins", signIns.Count);

        // Printed to the console rather than logged: these are demo passwords a newcomer needs to read.
        Console.WriteLine();
        Console.WriteLine("Demo sign-ins (all share the same password):");
        foreach (var signIn in signIns)
        {
            Console.WriteLine($"  {signIn.Role,-22} {signIn.Email,-48} {signIn.Password}");
        }

        Console.WriteLine();
    }
}

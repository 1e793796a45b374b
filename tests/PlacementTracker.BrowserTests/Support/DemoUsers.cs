using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Demo;

namespace PlacementTracker.BrowserTests.Support;

/// <summary>The demo college's sign-ins, one per role; they share <see cref="DemoDataSeeder.Password"/>.</summary>
public static class DemoUsers
{
    /// <summary>The mailbox of each role's demo sign-in, at <see cref="DemoDataSeeder.EmailDomain"/>.</summary>
    private static readonly Dictionary<string, string> Mailboxes = new()
    {
        [Roles.Administrator] = "admin",
        [Roles.PlacementCoordinator] = "coordinator",
        [Roles.SubjectLead] = "subject.lead",
        [Roles.Tutor] = "tutor",
        [Roles.PastoralSupport] = "pastoral",
        [Roles.EmployerSupervisor] = "supervisor",
        [Roles.Student] = "student",
    };

    public static string EmailOf(string role) => $"{Mailboxes[role]}@{DemoDataSeeder.EmailDomain}";

    public static TheoryData<string> AllRoles => [.. Roles.All];
}

using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Demo;

/// <summary>The college's staff: the seven demo sign-ins, and the tutors and subject leads beside them.</summary>
internal sealed record DemoStaff(
    IReadOnlyDictionary<string, AppUser> SignIns,
    IReadOnlyList<AppUser> Tutors,
    IReadOnlyList<AppUser> SubjectLeads)
{
    public AppUser this[string role] => SignIns[role];
}

internal static class DemoStaffRoom
{
    private const int MoreTutors = 3;
    private const int MoreSubjectLeads = 2;
    private const int DemoSubjectLeadPathways = 2;

    /// <summary>One memorable sign-in per role: the mailbox at the demo domain and the person's name.</summary>
    private static readonly (string Role, string Mailbox, string Name)[] SignInPeople =
    [
        (Roles.Administrator, "admin", "Helen Whitaker"),
        (Roles.PlacementCoordinator, "coordinator", "Priya Sharma"),
        (Roles.SubjectLead, "subject.lead", "David Okafor"),
        (Roles.Tutor, "tutor", "Rachel Bennett"),
        (Roles.PastoralSupport, "pastoral", "Sam Turner"),
        (Roles.EmployerSupervisor, "supervisor", "Gareth Hughes"),
        (Roles.Student, "student", "Chloe Atkinson"),
    ];

    public static DemoStaff Appoint(DemoAccounts accounts)
    {
        var signIns = SignInPeople.ToDictionary(
            p => p.Role,
            p => accounts.Open(p.Role, p.Name, $"{p.Mailbox}@{DemoDataSeeder.EmailDomain}"));
        var tutors = AppointColleagues(accounts, signIns, Roles.Tutor, MoreTutors);
        var subjectLeads = AppointColleagues(accounts, signIns, Roles.SubjectLead, MoreSubjectLeads);
        return new DemoStaff(signIns, tutors, subjectLeads);
    }

    public static IEnumerable<DemoSignIn> SignInsOf(DemoStaff staff) =>
        SignInPeople.Select(p => new DemoSignIn(
            p.Role, staff[p.Role].Email!, DemoDataSeeder.Password, staff[p.Role].DisplayName));

    /// <summary>The demo subject lead leads the two pathways with most students; colleagues share the rest.</summary>
    public static List<SubjectLeadPathway> AssignPathways(DemoStaff staff, IEnumerable<Student> students)
    {
        var pathways = students
            .GroupBy(s => s.CoreCode)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key);
        return [.. pathways.Select((coreCode, i) => new SubjectLeadPathway
        {
            UserId = LeadOfPathway(staff.SubjectLeads, i).Id,
            CoreCode = coreCode,
        })];
    }

    private static AppUser LeadOfPathway(IReadOnlyList<AppUser> subjectLeads, int pathwayRank) =>
        pathwayRank < DemoSubjectLeadPathways
            ? subjectLeads[0]
            : subjectLeads[1 + ((pathwayRank - DemoSubjectLeadPathways) % (subjectLeads.Count - 1))];

    /// <summary>The demo sign-in first, then colleagues in the same role.</summary>
    private static List<AppUser> AppointColleagues(
        DemoAccounts accounts,
        Dictionary<string, AppUser> signIns,
        string role,
        int count)
    {
        var colleagues = new List<AppUser> { signIns[role] };
        for (var i = 0; i < count; i++)
        {
            colleagues.Add(accounts.OpenForNewcomer(role, DemoDataSeeder.EmailDomain));
        }

        return colleagues;
    }
}

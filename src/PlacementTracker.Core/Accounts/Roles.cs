namespace PlacementTracker.Core.Accounts;

public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string PlacementCoordinator = nameof(PlacementCoordinator);
    public const string SubjectLead = nameof(SubjectLead);
    public const string Tutor = nameof(Tutor);
    public const string PastoralSupport = nameof(PastoralSupport);
    public const string EmployerSupervisor = nameof(EmployerSupervisor);
    public const string Student = nameof(Student);

    public static IReadOnlyList<string> All { get; } =
    [
        Administrator,
        PlacementCoordinator,
        SubjectLead,
        Tutor,
        PastoralSupport,
        EmployerSupervisor,
        Student,
    ];

    public static IReadOnlyList<string> Staff { get; } =
    [
        Administrator,
        PlacementCoordinator,
        SubjectLead,
        Tutor,
        PastoralSupport,
    ];

    /// <summary>Orders roles as <see cref="All"/> lists them, most powerful first.</summary>
    public static int IndexOf(string role)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == role)
            {
                return i;
            }
        }

        return All.Count;
    }

    public static string DisplayName(string role) => role switch
    {
        Administrator => "Administrator",
        PlacementCoordinator => "Placement coordinator",
        SubjectLead => "Subject lead",
        Tutor => "Tutor",
        PastoralSupport => "Pastoral support",
        EmployerSupervisor => "Employer supervisor",
        Student => "Student",
        _ => role,
    };
}

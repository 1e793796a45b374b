namespace PlacementTracker.Core.Access;

/// <summary>The signed-in person a query is answered for: who they are and which roles they hold.</summary>
public sealed record Viewer(string UserId, IReadOnlySet<string> Roles)
{
    public bool Is(string role) => Roles.Contains(role);

    /// <summary>Staff who may see every student and placement at the provider.</summary>
    public bool SeesAllStudents =>
        Is(Accounts.Roles.Administrator)
        || Is(Accounts.Roles.PlacementCoordinator)
        || Is(Accounts.Roles.PastoralSupport);

    public bool IsStaff => Accounts.Roles.Staff.Any(Is);

    /// <summary>Every member of staff may look up employers and opportunities.</summary>
    public bool SeesAllEmployers => IsStaff;

    public bool EditsEmployers => Is(Accounts.Roles.Administrator) || Is(Accounts.Roles.PlacementCoordinator);
}

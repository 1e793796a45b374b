using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;

namespace PlacementTracker.Core.Students;

/// <summary>
/// Which roles may change student records and open the restricted SEND section. Which students a person
/// sees at all is decided by <see cref="AccessScope"/>.
/// </summary>
public static class StudentPermissions
{
    public static bool MayEdit(this Viewer viewer) =>
        viewer.Is(Roles.PlacementCoordinator) || viewer.Is(Roles.Administrator);

    /// <summary>
    /// SEND needs and adjustments are special-category data: pastoral staff and coordinators need them;
    /// administrators, teaching staff, supervisors and students do not.
    /// </summary>
    public static bool MaySeeSend(this Viewer viewer) =>
        viewer.Is(Roles.PlacementCoordinator) || viewer.Is(Roles.PastoralSupport);

    /// <summary>Supervisors see the adjustments a student agreed to share, and nothing else of SEND.</summary>
    public static bool SeesSharedAdjustments(this Viewer viewer) => viewer.Is(Roles.EmployerSupervisor);

    /// <summary>Staff and the student see the whole record apart from SEND; a supervisor sees the basics.</summary>
    public static bool SeesFullRecord(this Viewer viewer) => viewer.IsStaff || viewer.Is(Roles.Student);
}

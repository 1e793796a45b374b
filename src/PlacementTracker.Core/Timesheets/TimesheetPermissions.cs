using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Timesheets;

/// <summary>
/// Who may do what with a placement's hours. Seeing them follows <see cref="AccessScope.Placements"/>; the student
/// enters and submits their own; the placement's supervisor and coordinators enter on the student's behalf;
/// only the supervisor approves; only coordinators and administrators reopen an approved week.
/// </summary>
public static class TimesheetPermissions
{
    public static bool IsStudentOf(this Viewer viewer, Placement placement) =>
        viewer.Is(Roles.Student) && placement.Student?.UserId == viewer.UserId;

    public static bool IsSupervisorOf(this Viewer viewer, Placement placement) =>
        viewer.Is(Roles.EmployerSupervisor) && placement.SupervisorUserId == viewer.UserId;

    public static bool ManagesHours(this Viewer viewer) =>
        viewer.Is(Roles.Administrator) || viewer.Is(Roles.PlacementCoordinator);

    public static bool EntersHours(this Viewer viewer, Placement placement) =>
        viewer.IsStudentOf(placement) || viewer.IsSupervisorOf(placement) || viewer.ManagesHours();

    public static bool RecordsAttendance(this Viewer viewer, Placement placement) =>
        viewer.IsSupervisorOf(placement) || viewer.ManagesHours();
}

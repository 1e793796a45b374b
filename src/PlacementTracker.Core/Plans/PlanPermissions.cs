using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Plans;

/// <summary>
/// Who may change a placement's plan. Seeing it follows <see cref="AccessScope.Placements"/>; writing it is for
/// coordinators and administrators; the student's own tutor may also record how each objective is going.
/// </summary>
public static class PlanPermissions
{
    public static bool EditsPlans(this Viewer viewer) =>
        viewer.Is(Roles.Administrator) || viewer.Is(Roles.PlacementCoordinator);

    public static bool UpdatesObjectiveStatus(this Viewer viewer, Student student) =>
        viewer.EditsPlans() || (viewer.Is(Roles.Tutor) && student.TutorUserId == viewer.UserId);
}

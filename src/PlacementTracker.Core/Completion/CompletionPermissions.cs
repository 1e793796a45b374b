using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Completion;

/// <summary>
/// Who may do what at completion. Seeing a placement follows <see cref="AccessScope.Placements"/>; the employer
/// appraisal is the supervisor's (with coordinators), the end-of-placement review the student's (with their tutor
/// and coordinators); coordinators and administrators record special consideration, generate the declaration and
/// reopen a completed record.
/// </summary>
public static class CompletionPermissions
{
    public static bool ManagesCompletion(this Viewer viewer) =>
        viewer.Is(Roles.PlacementCoordinator) || viewer.Is(Roles.Administrator);

    public static bool WritesAppraisal(this Viewer viewer, Placement placement) =>
        viewer.IsSupervisorOf(placement) || viewer.ManagesCompletion();

    public static bool WritesEndOfPlacementReview(this Viewer viewer, Placement placement) =>
        viewer.IsStudentOf(placement) || viewer.IsTutorOf(placement) || viewer.ManagesCompletion();

    /// <summary>What made the placement succeed and the case-study consents are recorded by provider staff.</summary>
    public static bool WritesSuccessFactors(this Viewer viewer, Placement placement) =>
        viewer.IsTutorOf(placement) || viewer.ManagesCompletion();

    /// <summary>The evidence pack and the bank of good practice are the provider's.</summary>
    public static bool SeesEvidence(this Viewer viewer) => viewer.IsStaff;

    private static bool IsTutorOf(this Viewer viewer, Placement placement) =>
        viewer.Is(Roles.Tutor) && placement.Student?.TutorUserId == viewer.UserId;
}

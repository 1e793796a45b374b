using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Reviews;

/// <summary>
/// Who does what with a placement's reviews, and what a review record must hold. Seeing reviews follows
/// <see cref="AccessScope.Placements"/>. Coordinators, administrators and the student's tutor record a review; the
/// supervisor writes the employer's part (feedback and ratings, agreed with staff at the review); the student writes
/// only their own part; coordinators move due dates.
/// </summary>
public static class ReviewRules
{
    public const int MaxTextLength = 4000;
    public const int MaxAttendeesLength = 1000;
    public const int MaxActionLength = 1000;
    public const int MaxOwnerLength = 200;

    /// <summary>How many blank rows for new agreed actions the record form offers.</summary>
    public const int BlankActionRows = 3;

    public static bool RecordsReviews(this Viewer viewer, Student student) =>
        viewer.Is(Roles.Administrator)
        || viewer.Is(Roles.PlacementCoordinator)
        || (viewer.Is(Roles.Tutor) && student.TutorUserId == viewer.UserId);

    public static bool MovesReviewDates(this Viewer viewer) =>
        viewer.Is(Roles.Administrator) || viewer.Is(Roles.PlacementCoordinator);

    public static bool WritesEmployerPart(this Viewer viewer, Placement placement) =>
        viewer.Is(Roles.EmployerSupervisor) && placement.SupervisorUserId == viewer.UserId;

    public static bool WritesStudentPart(this Viewer viewer, Student student) =>
        viewer.Is(Roles.Student) && student.UserId == viewer.UserId;

    public static bool AddsInformalReviews(this Viewer viewer, Placement placement, Student student) =>
        viewer.RecordsReviews(student) || viewer.WritesEmployerPart(placement);

    /// <summary>The capacity the viewer confirms a review in, or null when they are not a participant.</summary>
    public static SignerCapacity? ConfirmsAs(this Viewer viewer, Placement placement, Student student) =>
        viewer.WritesStudentPart(student) ? SignerCapacity.Student
        : viewer.WritesEmployerPart(placement) ? SignerCapacity.Employer
        : viewer.RecordsReviews(student) ? SignerCapacity.Provider
        : null;

    /// <summary>
    /// Who must confirm before the review is complete: the employer only when the placement has a supervisor.
    /// </summary>
    public static IReadOnlyList<SignerCapacity> Confirmers(Placement placement) =>
        placement.SupervisorUserId is null
            ? [SignerCapacity.Student, SignerCapacity.Provider]
            : [SignerCapacity.Student, SignerCapacity.Provider, SignerCapacity.Employer];

    public static bool IsOverdue(Review review, DateOnly today) =>
        review.HeldOn is null && review.DueOn is { } due && due < today;

    public static string ConfirmerName(SignerCapacity capacity) => capacity switch
    {
        SignerCapacity.Student => "Student",
        SignerCapacity.Provider => "Provider",
        _ => "Employer",
    };

    public static void Text(Dictionary<string, string> errors, string field, string? value, string label, int max)
    {
        if (value?.Trim().Length > max)
        {
            errors[field] = $"{label} must be {max} characters or fewer";
        }
    }

    public static void Actions(Dictionary<string, string> errors, IReadOnlyList<ActionInput> actions)
    {
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var described = !string.IsNullOrWhiteSpace(action.Description);
            var owned = !string.IsNullOrWhiteSpace(action.Owner);
            if (!described && (owned || action.DueOn is not null))
            {
                errors[$"Actions[{i}].Description"] = "Enter the action, or clear its owner and due date";
            }
            else if (described && !owned)
            {
                errors[$"Actions[{i}].Owner"] = "Enter who owns the action";
            }

            Text(errors, $"Actions[{i}].Description", action.Description, "The action", MaxActionLength);
            Text(errors, $"Actions[{i}].Owner", action.Owner, "The owner", MaxOwnerLength);
        }
    }

    public static string? Tidy(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Feedback;

/// <summary>
/// Who gives feedback and what a note must hold. Seeing notes follows <see cref="AccessScope.Placements"/>; giving
/// them is for the placement's own supervisor, coordinators, administrators and the student's tutor.
/// </summary>
public static class FeedbackRules
{
    public const int MaxTextLength = 2000;

    public static bool GivesFeedback(this Viewer viewer, Placement placement, Student student) =>
        viewer.Is(Roles.Administrator)
        || viewer.Is(Roles.PlacementCoordinator)
        || (viewer.Is(Roles.Tutor) && student.TutorUserId == viewer.UserId)
        || (viewer.Is(Roles.EmployerSupervisor) && placement.SupervisorUserId == viewer.UserId);

    /// <summary>Messages keyed by field name; empty when the note can be saved.</summary>
    public static Dictionary<string, string> Validate(FeedbackInput input, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (input.Date is not { } date)
        {
            errors[nameof(input.Date)] = "Enter the date the feedback is about";
        }
        else if (date > today)
        {
            errors[nameof(input.Date)] = "The date must be today or in the past";
        }

        if (input.Area is null)
        {
            errors[nameof(input.Area)] = "Select what the feedback is about";
        }

        if (input.Tone is null)
        {
            errors[nameof(input.Tone)] = "Select whether this is praise or a concern";
        }

        if (string.IsNullOrWhiteSpace(input.Text))
        {
            errors[nameof(input.Text)] = "Enter the feedback";
        }
        else if (input.Text.Trim().Length > MaxTextLength)
        {
            errors[nameof(input.Text)] = $"The feedback must be {MaxTextLength} characters or fewer";
        }

        return errors;
    }

    public static string Name(FeedbackArea area) => area switch
    {
        FeedbackArea.Performance => "Performance",
        FeedbackArea.WorkOutputs => "Work outputs",
        FeedbackArea.Timekeeping => "Timekeeping",
        FeedbackArea.Behaviour => "Workplace behaviour",
        _ => area.ToString(),
    };

    public static string Name(FeedbackTone tone) => tone == FeedbackTone.Praise ? "Praise" : "Concern";
}

public sealed class FeedbackInput
{
    public DateOnly? Date { get; set; }

    public FeedbackArea? Area { get; set; }

    public FeedbackTone? Tone { get; set; }

    public string? Text { get; set; }
}

using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Logbook;

/// <summary>
/// Who writes and comments on a logbook, and what an entry must hold. Seeing it follows
/// <see cref="AccessScope.Placements"/>; only the student writes entries; their supervisor, tutor and coordinators
/// comment.
/// </summary>
public static class LogbookRules
{
    public const int MaxTextLength = 4000;

    public const int MaxCommentLength = 2000;

    public static bool WritesLogbook(this Viewer viewer, Student student) =>
        viewer.Is(Roles.Student) && student.UserId == viewer.UserId;

    public static bool CommentsOnLogbook(this Viewer viewer, Placement placement, Student student) =>
        viewer.Is(Roles.Administrator)
        || viewer.Is(Roles.PlacementCoordinator)
        || (viewer.Is(Roles.Tutor) && student.TutorUserId == viewer.UserId)
        || (viewer.Is(Roles.EmployerSupervisor) && placement.SupervisorUserId == viewer.UserId);

    /// <summary>Messages keyed by field name; empty when the entry can be saved.</summary>
    public static Dictionary<string, string> Validate(LogbookInput input, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (input.Date is not { } date)
        {
            errors[nameof(input.Date)] = "Enter the date of the entry";
        }
        else if (date > today)
        {
            errors[nameof(input.Date)] = "The date must be today or in the past";
        }

        Text(errors, nameof(input.WhatIDid), input.WhatIDid, "Enter what you did", "What you did");
        Text(errors, nameof(input.Reflection), input.Reflection, "Enter your reflection", "Your reflection");
        for (var i = 0; i < input.Assessments.Count; i++)
        {
            if (input.Assessments[i].Comment?.Trim().Length > MaxCommentLength)
            {
                errors[$"Assessments[{i}].Comment"] = $"The comment must be {MaxCommentLength} characters or fewer";
            }
        }

        return errors;
    }

    public static string Name(LogbookRating rating) => rating switch
    {
        LogbookRating.NotYet => "Not yet",
        LogbookRating.Progressing => "Progressing",
        LogbookRating.Achieved => "Achieved",
        _ => rating.ToString(),
    };

    private static void Text(
        Dictionary<string, string> errors,
        string field,
        string? value,
        string missing,
        string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = missing;
        }
        else if (value.Trim().Length > MaxTextLength)
        {
            errors[field] = $"{label} must be {MaxTextLength} characters or fewer";
        }
    }
}

public sealed class LogbookInput
{
    public DateOnly? Date { get; set; }

    public string? WhatIDid { get; set; }

    public string? Reflection { get; set; }

    public List<SelfAssessmentInput> Assessments { get; set; } = [];
}

/// <summary>The student's rating of one objective; no rating means the entry does not touch it.</summary>
public sealed class SelfAssessmentInput
{
    public Guid ObjectiveId { get; set; }

    public LogbookRating? Rating { get; set; }

    public string? Comment { get; set; }
}

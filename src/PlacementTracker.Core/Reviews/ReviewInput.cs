using PlacementTracker.Core.Plans;

namespace PlacementTracker.Core.Reviews;

/// <summary>What the person recording a review enters: everything except the student's own part.</summary>
public sealed class ReviewRecordInput
{
    public DateOnly? HeldOn { get; set; }

    public string? Attendees { get; set; }

    public string? EmployerFeedback { get; set; }

    public string? ProviderNotes { get; set; }

    public List<RatingInput> Ratings { get; set; } = [];

    public List<ObjectiveUpdateInput> Objectives { get; set; } = [];

    public List<ActionInput> Actions { get; set; } = [];
}

/// <summary>The employer supervisor's part of a review: their feedback and their ratings.</summary>
public sealed class EmployerPartInput
{
    public string? EmployerFeedback { get; set; }

    public List<RatingInput> Ratings { get; set; } = [];
}

/// <summary>A level chosen for one progress-indicator area; no level leaves the area unrated.</summary>
public sealed class RatingInput
{
    public Guid AreaId { get; set; }

    public Guid? LevelId { get; set; }
}

/// <summary>
/// An objective's status after the review and the evidence for it. <see cref="ObjectiveVersion"/> is the version the
/// form was shown with, so a status someone changed meanwhile is not overwritten.
/// </summary>
public sealed class ObjectiveUpdateInput
{
    public Guid ObjectiveId { get; set; }

    public uint ObjectiveVersion { get; set; }

    public ObjectiveStatus? Status { get; set; }

    public string? Evidence { get; set; }

    public Guid? LogbookEntryId { get; set; }
}

public sealed class ActionInput
{
    public string? Description { get; set; }

    public string? Owner { get; set; }

    public DateOnly? DueOn { get; set; }
}

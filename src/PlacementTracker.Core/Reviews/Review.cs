using PlacementTracker.Core.Plans;

namespace PlacementTracker.Core.Reviews;

/// <summary>
/// A review of a placement with the student and the employer: one of the three formal reviews (start, middle,
/// end) scheduled when the placement becomes active, or an informal review added at any time.
/// </summary>
public class Review
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    public ReviewKind Kind { get; set; }

    /// <summary>When the review should be held; a coordinator can move it.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>The date the review took place; null until it has.</summary>
    public DateOnly? HeldOn { get; set; }

    /// <summary>Who attended, as written by whoever recorded the review.</summary>
    public string? Attendees { get; set; }

    public string? EmployerFeedback { get; set; }

    /// <summary>The student's part, which they can fill in before the review.</summary>
    public string? StudentFeedback { get; set; }

    public string? ProviderNotes { get; set; }

    /// <summary>When the last participant confirmed the record of the review; null until then.</summary>
    public DateTime? CompletedAtUtc { get; set; }

    public uint Version { get; set; }

    public List<ReviewRating> Ratings { get; } = [];

    public List<ReviewObjectiveUpdate> ObjectiveUpdates { get; } = [];

    public List<ReviewAction> Actions { get; } = [];

    public List<ReviewConfirmation> Confirmations { get; } = [];
}

public enum ReviewKind
{
    Start,
    Middle,
    End,
    Informal,
}

/// <summary>
/// A rating of one progress-indicator area in a review. The area's and level's names and the level's position are
/// copied when the rating is given, so a later change to the framework never rewrites a past review.
/// </summary>
public class ReviewRating
{
    public Guid Id { get; set; }

    public Guid ReviewId { get; set; }

    public Guid AreaId { get; set; }

    public string AreaName { get; set; } = "";

    public Guid LevelId { get; set; }

    public string LevelName { get; set; } = "";

    /// <summary>The level's position when rated: 1 is the lowest ("Needs improvement" in the defaults).</summary>
    public int LevelPosition { get; set; }
}

/// <summary>What a review found about one objective: its status afterwards and the evidence for it.</summary>
public class ReviewObjectiveUpdate
{
    public Guid Id { get; set; }

    public Guid ReviewId { get; set; }

    public Guid ObjectiveId { get; set; }

    public ObjectiveStatus Status { get; set; }

    public string? Evidence { get; set; }

    /// <summary>A logbook entry offered as evidence; null when none.</summary>
    public Guid? LogbookEntryId { get; set; }
}

/// <summary>An action agreed at a review, with who owns it and when it is due.</summary>
public class ReviewAction
{
    public Guid Id { get; set; }

    public Guid ReviewId { get; set; }

    public string Description { get; set; } = "";

    public string Owner { get; set; } = "";

    public DateOnly? DueOn { get; set; }
}

/// <summary>A participant's confirmation that the record of the review is complete and right.</summary>
public class ReviewConfirmation
{
    public Guid Id { get; set; }

    public Guid ReviewId { get; set; }

    public Agreements.SignerCapacity Capacity { get; set; }

    public string? UserId { get; set; }

    public string Name { get; set; } = "";

    public DateTime ConfirmedAtUtc { get; set; }
}

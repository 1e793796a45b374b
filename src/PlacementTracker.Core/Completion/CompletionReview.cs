namespace PlacementTracker.Core.Completion;

/// <summary>
/// The completion review of a placement (step 9): the employer's appraisal and the end-of-placement review, and
/// what made the placement succeed, kept for future placements as good practice.
/// </summary>
public class CompletionReview
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    /// <summary>What the employer found the student does well.</summary>
    public string? Strengths { get; set; }

    /// <summary>What the employer suggests the student works on next.</summary>
    public string? AreasToDevelop { get; set; }

    /// <summary>Whether the employer would give the student a reference; null until answered.</summary>
    public bool? WouldOfferReference { get; set; }

    /// <summary>Whether the employer would offer the student a job; null until answered.</summary>
    public bool? WouldOfferJob { get; set; }

    /// <summary>Who finished the appraisal, by name as it was then.</summary>
    public string? AppraisalCompletedByName { get; set; }

    /// <summary>When the supervisor finished the employer appraisal; null until then.</summary>
    public DateTime? AppraisalCompletedAtUtc { get; set; }

    /// <summary>The student's reflection on the placement as a whole.</summary>
    public string? Reflection { get; set; }

    public string? Achievements { get; set; }

    public string? NextSteps { get; set; }

    public string? EndOfPlacementCompletedByName { get; set; }

    /// <summary>When the end-of-placement review was finished; null until then.</summary>
    public DateTime? EndOfPlacementCompletedAtUtc { get; set; }

    /// <summary>What made the placement succeed, searchable by staff in the bank of good practice.</summary>
    public string? SuccessFactors { get; set; }

    /// <summary>Whether the student agrees to the placement being written up as a case study.</summary>
    public bool StudentConsentsToCaseStudy { get; set; }

    /// <summary>Whether the employer agrees to the placement being written up as a case study.</summary>
    public bool EmployerConsentsToCaseStudy { get; set; }

    public uint Version { get; set; }

    public List<AppraisalRating> Ratings { get; } = [];
}

/// <summary>
/// The employer's rating of one progress-indicator area in the appraisal. Names and position are copied when the
/// rating is given, as a review's ratings are, so a later change to the framework never rewrites an appraisal.
/// </summary>
public class AppraisalRating
{
    public Guid Id { get; set; }

    public Guid CompletionReviewId { get; set; }

    public Guid AreaId { get; set; }

    public string AreaName { get; set; } = "";

    public Guid LevelId { get; set; }

    public string LevelName { get; set; } = "";

    /// <summary>The level's position when rated: 1 is the lowest.</summary>
    public int LevelPosition { get; set; }
}

namespace PlacementTracker.Core.Completion;

/// <summary>
/// The completion review of a placement (step 9): the employer's appraisal and the end-of-placement review, and
/// what made the placement succeed.
/// </summary>
public class CompletionReview
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    /// <summary>When the supervisor finished the employer appraisal; null until then.</summary>
    public DateTime? AppraisalCompletedAtUtc { get; set; }

    /// <summary>When the end-of-placement review was finished; null until then.</summary>
    public DateTime? EndOfPlacementCompletedAtUtc { get; set; }

    public uint Version { get; set; }
}

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

    /// <summary>When the last participant confirmed the record of the review; null until then.</summary>
    public DateTime? CompletedAtUtc { get; set; }

    public uint Version { get; set; }
}

public enum ReviewKind
{
    Start,
    Middle,
    End,
    Informal,
}

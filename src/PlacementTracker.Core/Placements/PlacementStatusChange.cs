namespace PlacementTracker.Core.Placements;

/// <summary>One move of a placement from one status to another: who made it, when and why.</summary>
public class PlacementStatusChange
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    /// <summary>Null for the placement's first status, when it was created.</summary>
    public PlacementStatus? From { get; set; }

    public PlacementStatus To { get; set; }

    public string Reason { get; set; } = "";

    public string? ChangedByUserId { get; set; }

    /// <summary>What the person was known as at the time, so the history reads after a rename.</summary>
    public string ChangedByName { get; set; } = "";

    public DateTime ChangedAtUtc { get; set; }
}

namespace PlacementTracker.Core.Placements;

/// <summary>
/// A student's industry placement for their T Level: the hours they must complete and the placements, one per
/// employer, that make them up. Each student has at most one.
/// </summary>
public class IndustryPlacement
{
    public Guid Id { get; set; }

    public Guid StudentId { get; set; }

    /// <summary>From the student's specialism when created; a coordinator may change it, with a reason.</summary>
    public int RequiredHours { get; set; }

    /// <summary>Why the required hours differ from the specialism's; null while they are the specialism's.</summary>
    public string? RequiredHoursReason { get; set; }

    public uint Version { get; set; }

    public List<Placement> Placements { get; } = [];
}

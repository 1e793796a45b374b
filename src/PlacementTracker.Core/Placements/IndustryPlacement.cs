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

    /// <summary>
    /// Special consideration (DOMAIN.md): the reason codes of reference/special-consideration-reasons.csv,
    /// comma-separated without repeats; null when none is recorded.
    /// </summary>
    public string? SpecialConsiderationReasonCodes { get; set; }

    /// <summary>The hours actually completed, recorded with special consideration (1 to 999).</summary>
    public int? SpecialConsiderationHours { get; set; }

    /// <summary>What the evidence for special consideration is and where it is kept.</summary>
    public string? SpecialConsiderationNote { get; set; }

    /// <summary>Why a coordinator recorded that the student will not complete; null unless they did.</summary>
    public string? WillNotCompleteReason { get; set; }

    public DateTime? WillNotCompleteAtUtc { get; set; }

    /// <summary>When the completion declaration was fully signed; the record is read-only while this is set.</summary>
    public DateTime? RecordLockedAtUtc { get; set; }

    public uint Version { get; set; }

    public List<Placement> Placements { get; } = [];
}

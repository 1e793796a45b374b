namespace PlacementTracker.Core.ReferenceData;

/// <summary>
/// An occupational specialism, which sets the hours a placement needs and what may count towards them.
/// </summary>
public class Specialism
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string CoreCode { get; set; } = "";

    public Pathway? Pathway { get; set; }

    public int RequiredHours { get; set; }

    /// <summary>The most of the required hours, as a percentage, that may be worked remotely.</summary>
    public int RemoteCapPercent { get; set; }

    /// <summary>
    /// False where tasters, team projects, skills hubs and remote work may not count (Early Years, Dental Nursing).
    /// </summary>
    public bool FlexibleApproachesAllowed { get; set; }
}

namespace PlacementTracker.Core.ReferenceData;

/// <summary>A T Level route, such as Digital or Construction.</summary>
public class Route
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public List<Pathway> Pathways { get; } = [];
}

namespace PlacementTracker.Core.ReferenceData;

/// <summary>A T Level pathway, known to DfE by its eight-character core code.</summary>
public class Pathway
{
    public string CoreCode { get; set; } = "";

    public string Name { get; set; } = "";

    public int RouteId { get; set; }

    public Route? Route { get; set; }

    public int FirstTeachingYear { get; set; }

    public List<Specialism> Specialisms { get; } = [];
}

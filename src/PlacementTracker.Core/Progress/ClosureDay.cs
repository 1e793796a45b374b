namespace PlacementTracker.Core.Progress;

/// <summary>A day the provider is closed (a training day, say): no placement hours are expected on it.</summary>
public class ClosureDay
{
    public Guid Id { get; set; }

    public DateOnly Date { get; set; }

    public string Description { get; set; } = "";
}

namespace PlacementTracker.Core.ReferenceData;

/// <summary>A reason DfE accepts for completing a placement with special consideration.</summary>
public class SpecialConsiderationReason
{
    public string Code { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}

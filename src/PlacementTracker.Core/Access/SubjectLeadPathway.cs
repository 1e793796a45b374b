namespace PlacementTracker.Core.Access;

/// <summary>A pathway that a subject or curriculum lead is responsible for.</summary>
public class SubjectLeadPathway
{
    public string UserId { get; set; } = "";

    public string CoreCode { get; set; } = "";
}

namespace PlacementTracker.Core.Outcomes;

/// <summary>The outcome of a student's industry placement, as the provider reports it to DfE.</summary>
public enum PlacementOutcome
{
    StillToBeCompleted,
    Completed,
    CompletedWithSpecialConsideration,
    WillNotComplete,
}

public static class PlacementOutcomeText
{
    /// <summary>The words for people, on pages.</summary>
    public static string For(PlacementOutcome outcome) => outcome switch
    {
        PlacementOutcome.Completed => "Completed",
        PlacementOutcome.CompletedWithSpecialConsideration => "Completed with special consideration",
        PlacementOutcome.WillNotComplete => "Will not complete",
        _ => "Still to be completed",
    };

    /// <summary>The exact value of the Industry placement status column in DfE's results upload.</summary>
    public static string UploadValue(PlacementOutcome outcome) => outcome switch
    {
        PlacementOutcome.Completed => "Placement completed",
        PlacementOutcome.CompletedWithSpecialConsideration => "Placement completed with special consideration",
        PlacementOutcome.WillNotComplete => "Placement will not be completed",
        _ => "Placement still to be completed",
    };
}

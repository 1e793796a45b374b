namespace PlacementTracker.Core.Outcomes;

/// <summary>What the outcome rule reads from a student's record.</summary>
public sealed record OutcomeFacts(
    bool DeclarationSigned,
    int CountedMinutes,
    int RequiredMinutes,
    string? SpecialConsiderationReasonCodes,
    string? WillNotCompleteReason)
{
    public bool SpecialConsiderationRecorded => !string.IsNullOrWhiteSpace(SpecialConsiderationReasonCodes);

    public bool WillNotCompleteRecorded => !string.IsNullOrWhiteSpace(WillNotCompleteReason);

    public bool HoursMet => RequiredMinutes > 0 && CountedMinutes >= RequiredMinutes;
}

/// <summary>
/// The one rule that turns a student's record into their placement outcome. In order:
/// <list type="number">
/// <item>A signed completion declaration with the required hours counted: Completed. Special consideration is
/// for students who could not reach the hours, so a student who reached them is reported as completed even if
/// reasons were recorded on the way.</item>
/// <item>A signed completion declaration with special consideration recorded: Completed with special
/// consideration.</item>
/// <item>A coordinator recorded that the student will not complete: Will not complete. It cannot be recorded
/// once the declaration is signed, so a signed declaration is the later and stronger evidence.</item>
/// <item>Anything else, including a signed declaration without the hours or special consideration: Still to be
/// completed.</item>
/// </list>
/// </summary>
public static class OutcomeRule
{
    public static PlacementOutcome For(OutcomeFacts facts)
    {
        if (facts.DeclarationSigned && facts.HoursMet)
        {
            return PlacementOutcome.Completed;
        }

        if (facts.DeclarationSigned && facts.SpecialConsiderationRecorded)
        {
            return PlacementOutcome.CompletedWithSpecialConsideration;
        }

        return facts.WillNotCompleteRecorded ? PlacementOutcome.WillNotComplete : PlacementOutcome.StillToBeCompleted;
    }
}

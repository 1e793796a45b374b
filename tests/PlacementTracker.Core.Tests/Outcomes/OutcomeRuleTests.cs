using PlacementTracker.Core.Outcomes;

namespace PlacementTracker.Core.Tests.Outcomes;

public class OutcomeRuleTests
{
    private const int Required = 315 * 60;

    private static OutcomeFacts Facts(
        bool signed = false,
        int counted = 0,
        string? reasons = null,
        string? willNotComplete = null) =>
        new(signed, counted, Required, reasons, willNotComplete);

    [Fact]
    public void SignedWithTheHoursCounted_IsCompleted() =>
        Assert.Equal(PlacementOutcome.Completed, OutcomeRule.For(Facts(signed: true, counted: Required)));

    [Fact]
    public void HoursCountedButDeclarationNotSigned_IsStillToBeCompleted() =>
        Assert.Equal(PlacementOutcome.StillToBeCompleted, OutcomeRule.For(Facts(counted: Required + 60)));

    [Fact]
    public void SignedWithSpecialConsiderationAndHoursShort_IsCompletedWithSpecialConsideration() =>
        Assert.Equal(
            PlacementOutcome.CompletedWithSpecialConsideration,
            OutcomeRule.For(Facts(signed: true, counted: 200 * 60, reasons: "ML,B")));

    [Fact]
    public void SpecialConsiderationWithoutASignedDeclaration_IsStillToBeCompleted() =>
        Assert.Equal(PlacementOutcome.StillToBeCompleted, OutcomeRule.For(Facts(counted: 200 * 60, reasons: "ML")));

    [Fact]
    public void SignedWithTheHoursMetAndReasonsRecorded_IsCompleted_SinceSpecialConsiderationWasNotNeeded() =>
        Assert.Equal(
            PlacementOutcome.Completed,
            OutcomeRule.For(Facts(signed: true, counted: Required, reasons: "ML")));

    [Fact]
    public void SignedWithHoursShortAndNoSpecialConsideration_IsStillToBeCompleted() =>
        Assert.Equal(PlacementOutcome.StillToBeCompleted, OutcomeRule.For(Facts(signed: true, counted: Required - 1)));

    [Fact]
    public void WillNotCompleteWithAReason_IsWillNotComplete() =>
        Assert.Equal(
            PlacementOutcome.WillNotComplete,
            OutcomeRule.For(Facts(counted: 100 * 60, willNotComplete: "Left the course")));

    [Fact]
    public void WillNotComplete_OutranksUnsignedHours() =>
        Assert.Equal(
            PlacementOutcome.WillNotComplete,
            OutcomeRule.For(Facts(counted: Required, willNotComplete: "Moved away")));

    [Fact]
    public void ASignedDeclaration_OutranksAnOlderWillNotComplete() =>
        Assert.Equal(
            PlacementOutcome.Completed,
            OutcomeRule.For(Facts(signed: true, counted: Required, willNotComplete: "Moved away")));

    [Fact]
    public void ABlankWillNotCompleteReason_CountsAsNone() =>
        Assert.Equal(PlacementOutcome.StillToBeCompleted, OutcomeRule.For(Facts(willNotComplete: "  ")));

    [Fact]
    public void NothingRecorded_IsStillToBeCompleted() =>
        Assert.Equal(PlacementOutcome.StillToBeCompleted, OutcomeRule.For(Facts()));

    [Theory]
    [InlineData(PlacementOutcome.Completed, "Placement completed")]
    [InlineData(PlacementOutcome.CompletedWithSpecialConsideration, "Placement completed with special consideration")]
    [InlineData(PlacementOutcome.StillToBeCompleted, "Placement still to be completed")]
    [InlineData(PlacementOutcome.WillNotComplete, "Placement will not be completed")]
    public void EachOutcome_HasDfesUploadValue(PlacementOutcome outcome, string value) =>
        Assert.Equal(value, PlacementOutcomeText.UploadValue(outcome));
}

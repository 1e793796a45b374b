namespace PlacementTracker.Core.Completion;

/// <summary>Audit actions at completion; every change to the completion record writes one.</summary>
public static class CompletionAuditActions
{
    public const string AppraisalSaved = "AppraisalSaved";
    public const string EndOfPlacementReviewSaved = "EndOfPlacementReviewSaved";
    public const string SuccessFactorsSaved = "SuccessFactorsSaved";
    public const string SpecialConsiderationRecorded = "SpecialConsiderationRecorded";
    public const string SpecialConsiderationCleared = "SpecialConsiderationCleared";
    public const string DeclarationGenerated = "DeclarationGenerated";

    /// <summary>
    /// The declaration's content changed or its conditions stopped holding: its signatures were voided.
    /// </summary>
    public const string DeclarationVoided = "DeclarationVoided";

    public const string DeclarationSigned = "DeclarationSigned";
    public const string RecordLocked = "RecordLocked";
    public const string RecordReopened = "RecordReopened";
}

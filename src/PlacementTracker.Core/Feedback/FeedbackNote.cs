namespace PlacementTracker.Core.Feedback;

/// <summary>
/// Quick, real-time feedback on a student's placement from their supervisor or staff (DOMAIN.md step 5): praise or a
/// concern about one area of their work, noted on the day it happened.
/// </summary>
public class FeedbackNote
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    /// <summary>The local date the feedback is about.</summary>
    public DateOnly Date { get; set; }

    public FeedbackArea Area { get; set; }

    public FeedbackTone Tone { get; set; }

    public string Text { get; set; } = "";

    public string? AuthorUserId { get; set; }

    public string AuthorName { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>The parts of progress the provider's monitoring process asks employers to record.</summary>
public enum FeedbackArea
{
    Performance,
    WorkOutputs,
    Timekeeping,
    Behaviour,
}

public enum FeedbackTone
{
    Praise,
    Concern,
}

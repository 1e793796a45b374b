namespace PlacementTracker.Core.Monitoring;

/// <summary>
/// A day on which a placement's red, amber or green status was found to differ from the last one recorded, written
/// by the daily job (<see cref="PlacementRagRecorder"/>). At most one per placement and day, kept by the database.
/// </summary>
public class PlacementRagChange
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    /// <summary>The UK date of the run that saw the change.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Null for the first status recorded for the placement.</summary>
    public RagStatus? From { get; set; }

    public RagStatus To { get; set; }

    /// <summary>The short names of the reasons behind <see cref="To"/>, most serious first; empty for green.</summary>
    public string Reasons { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}

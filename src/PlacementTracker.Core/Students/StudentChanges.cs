namespace PlacementTracker.Core.Students;

/// <summary>The outcome of a change to a student: saved, refused with messages, out of date, or not found.</summary>
public sealed record StudentSave(
    IReadOnlyDictionary<string, string> Errors,
    bool Conflict = false,
    bool NotFound = false,
    Guid? StudentId = null)
{
    private static readonly Dictionary<string, string> NoErrors = [];

    public bool Succeeded => Errors.Count == 0 && !Conflict && !NotFound;

    public static StudentSave Saved(Guid id) => new(NoErrors, StudentId: id);

    public static StudentSave Missing { get; } = new(NoErrors, NotFound: true);

    public static StudentSave OutOfDate { get; } = new(NoErrors, Conflict: true);

    public static StudentSave Refused(string field, string message) =>
        new(new Dictionary<string, string> { [field] = message });
}

/// <summary>A work-readiness assessment as entered: the date, a level per progress-indicator area, notes.</summary>
public sealed record WorkReadinessAssessment(
    DateOnly? AssessedOn,
    IReadOnlyDictionary<string, ProgressLevel> Ratings,
    string? Notes);

namespace PlacementTracker.Core.Placements;

/// <summary>
/// What came of setting up or changing a placement: saved (with its id), refused with a message per field,
/// refused because someone else saved first, or missing because the viewer may not see or change it.
/// </summary>
public sealed record PlacementResult(
    IReadOnlyDictionary<string, string> Errors,
    bool Conflict = false,
    bool Missing = false,
    Guid? Id = null)
{
    private static readonly Dictionary<string, string> NoErrors = [];

    public static PlacementResult NotFound { get; } = new(NoErrors, Missing: true);

    public static PlacementResult OutOfDate { get; } = new(NoErrors, Conflict: true);

    public bool Succeeded => Errors.Count == 0 && !Conflict && !Missing;

    public static PlacementResult Saved(Guid id) => new(NoErrors, Id: id);

    public static PlacementResult Refused(string field, string message) =>
        new(new Dictionary<string, string> { [field] = message });
}

namespace PlacementTracker.Core.Employers;

/// <summary>What came of saving an edit: the errors per field, or a conflict with someone else's save.</summary>
public sealed record EditResult(IReadOnlyDictionary<string, string> Errors, bool Conflict)
{
    public static EditResult Saved { get; } = new(new Dictionary<string, string>(), false);

    public static EditResult Conflicted { get; } = new(new Dictionary<string, string>(), true);

    public bool Succeeded => Errors.Count == 0 && !Conflict;

    public static EditResult Invalid(string field, string message) =>
        new(new Dictionary<string, string> { [field] = message }, false);
}

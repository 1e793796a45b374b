namespace PlacementTracker.Core.Importing;

/// <summary>
/// What an import file would do, or did: the problems that stop it, and the records added and updated.
/// </summary>
public sealed record ImportResult(IReadOnlyList<string> Problems, int ToAdd, int ToUpdate, bool Applied)
{
    public bool IsValid => Problems.Count == 0;

    public int Total => ToAdd + ToUpdate;

    public static ImportResult Refused(params string[] problems) => new(problems, 0, 0, false);
}

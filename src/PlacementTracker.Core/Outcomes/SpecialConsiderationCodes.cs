namespace PlacementTracker.Core.Outcomes;

/// <summary>Reads the comma-separated special-consideration reason codes kept on an industry placement.</summary>
public static class SpecialConsiderationCodes
{
    /// <summary>Each code once, upper-cased, in the order first given.</summary>
    public static IReadOnlyList<string> Distinct(string? codes) =>
        [.. (codes ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)];
}

using System.Text.RegularExpressions;

namespace PlacementTracker.Core.Identifiers;

/// <summary>UK postcodes in the form the ILR accepts.</summary>
public static partial class Postcode
{
    /// <summary>
    /// Upper-cases and puts one space before the inward code; returns null when it is not a postcode.
    /// </summary>
    public static string? Normalise(string? value)
    {
        var compact = new string((value ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        if (compact.Length < 5)
        {
            return null;
        }

        var formatted = $"{compact[..^3]} {compact[^3..]}";
        return IlrPattern().IsMatch(formatted) ? formatted : null;
    }

    [GeneratedRegex("^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][ABD-HJLNP-UW-Z]{2}$")]
    private static partial Regex IlrPattern();
}

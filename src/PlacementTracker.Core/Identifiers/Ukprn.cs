namespace PlacementTracker.Core.Identifiers;

/// <summary>UK Provider Reference Number: eight digits from 10000000 to 99999999.</summary>
public static class Ukprn
{
    public static bool IsValid(string? value)
    {
        var text = value?.Trim() ?? "";
        return text.Length == 8 && text.All(char.IsAsciiDigit) && text[0] != '0';
    }
}

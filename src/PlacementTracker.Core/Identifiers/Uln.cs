namespace PlacementTracker.Core.Identifiers;

/// <summary>Unique Learner Number, checked as the ILR does (derived data rule DD01).</summary>
public static class Uln
{
    public static bool IsValid(string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length != 10 || !text.All(char.IsAsciiDigit) || text[0] == '0')
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (text[i] - '0') * (10 - i);
        }

        var remainder = sum % 11;
        return remainder != 0 && text[9] - '0' == 10 - remainder;
    }

    /// <summary>Gives the check digit that completes nine leading digits, or null when no digit can.</summary>
    public static int? CheckDigitFor(string firstNine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (firstNine[i] - '0') * (10 - i);
        }

        var remainder = sum % 11;
        return remainder == 0 ? null : 10 - remainder;
    }
}

using System.Globalization;

namespace PlacementTracker.Web.Infrastructure;

public static class Counted
{
    /// <summary>"1 user", "2 users", "1,250 users".</summary>
    public static string Of(int count, string noun) =>
        count == 1 ? $"1 {noun}" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}s");
}

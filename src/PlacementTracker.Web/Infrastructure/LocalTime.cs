namespace PlacementTracker.Web.Infrastructure;

/// <summary>Shows stored UTC instants in the provider's time zone, Europe/London.</summary>
public static class LocalTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Format(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London)
            .ToString("d MMM yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}

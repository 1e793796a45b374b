namespace PlacementTracker.Core.Calendar;

/// <summary>
/// The secret in the address of a person's calendar feed: 32 random bytes, base64url-encoded. Resetting it
/// replaces the row, so the old address stops working at once.
/// </summary>
public class CalendarFeedToken
{
    public string UserId { get; set; } = "";

    public string Token { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}

namespace PlacementTracker.Core.Auditing;

/// <summary>One thing someone did. Rows are only ever added, never changed or removed.</summary>
public class AuditEvent
{
    public long Id { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    /// <summary>The user who acted; null for anonymous actions such as a failed sign-in.</summary>
    public string? ActorUserId { get; set; }

    /// <summary>What the actor was known as at the time, kept so the log reads after a user is renamed.</summary>
    public string ActorName { get; set; } = "";

    public string Action { get; set; } = "";

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    public string Summary { get; set; } = "";

    public string? Before { get; set; }

    public string? After { get; set; }
}

using PlacementTracker.Core.Data;

namespace PlacementTracker.Core.Auditing;

/// <summary>Adds audit events to the unit of work; they are saved with the change they describe.</summary>
public sealed class AuditLog(PlacementDbContext db, TimeProvider clock)
{
    public void Record(Actor actor, string action, string summary, AuditSubject? subject = null)
    {
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            ActorUserId = actor.UserId,
            ActorName = actor.Name,
            Action = action,
            EntityType = subject?.EntityType,
            EntityId = subject?.EntityId,
            Summary = summary,
            Before = subject?.Before,
            After = subject?.After,
        });
    }

    public async Task RecordNowAsync(
        Actor actor,
        string action,
        string summary,
        AuditSubject? subject = null,
        CancellationToken cancellationToken = default)
    {
        Record(actor, action, summary, subject);
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed record Actor(string? UserId, string Name)
{
    public static Actor Anonymous { get; } = new(null, "Anonymous");

    public static Actor System { get; } = new(null, "System");
}

public sealed record AuditSubject(string EntityType, string EntityId, string? Before = null, string? After = null);

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Core.Placements;

/// <summary>
/// Records one move of a placement to another status the way every move is kept: the history row with who, when and
/// why, the audit entry, and a new version. The caller checks first that the move is allowed and saves after.
/// </summary>
internal static class StatusMove
{
    public static async Task ApplyAsync(
        PlacementDbContext db, AuditLog audit, Placement placement, PlacementStatus to, string reason, Actor actor,
        DateTime nowUtc)
    {
        var from = placement.Status;
        var signer = await SignerAsync(db, actor);
        placement.Status = to;
        placement.Version++;
        db.PlacementStatusChanges.Add(new PlacementStatusChange
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            From = from,
            To = to,
            Reason = reason,
            ChangedByUserId = signer.UserId,
            ChangedByName = signer.Name,
            ChangedAtUtc = nowUtc,
        });
        audit.Record(actor, AuditActions.PlacementStatusChanged,
            $"Changed placement status from {PlacementStatusFlow.Words(from)} to " +
            $"{PlacementStatusFlow.Words(to)}: {reason}",
            new AuditSubject(nameof(Placement), placement.Id.ToString(), from.ToString(), to.ToString()));
    }

    /// <summary>The history shows people by their display name at the time, or else their sign-in name.</summary>
    public static async Task<Actor> SignerAsync(PlacementDbContext db, Actor actor)
    {
        var name = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync();
        return string.IsNullOrWhiteSpace(name) ? actor : actor with { Name = name };
    }
}

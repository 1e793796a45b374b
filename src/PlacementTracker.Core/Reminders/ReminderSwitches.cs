using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Core.Reminders;

/// <summary>Which kinds of reminder are switched on; administrators switch them, and each change is audited.</summary>
public sealed class ReminderSwitches(PlacementDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlySet<ReminderKind>> SwitchedOffAsync(CancellationToken cancellationToken = default) =>
        (await db.ReminderKindsSwitchedOff.Select(o => o.Kind).ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>Leaves exactly <paramref name="switchedOn"/> of <paramref name="kinds"/> on.</summary>
    public async Task SetAsync(
        Actor actor,
        IReadOnlyCollection<ReminderKind> kinds,
        IReadOnlySet<ReminderKind> switchedOn,
        CancellationToken cancellationToken = default)
    {
        var off = await db.ReminderKindsSwitchedOff.ToListAsync(cancellationToken);
        foreach (var kind in kinds)
        {
            var row = off.FirstOrDefault(o => o.Kind == kind);
            if (switchedOn.Contains(kind) && row is not null)
            {
                db.ReminderKindsSwitchedOff.Remove(row);
                audit.Record(actor, ReminderAuditActions.ReminderKindSwitchedOn,
                    $"Switched on reminders: {ReminderKinds.DisplayName(kind)}");
            }
            else if (!switchedOn.Contains(kind) && row is null)
            {
                db.ReminderKindsSwitchedOff.Add(new ReminderKindSwitchedOff
                {
                    Kind = kind,
                    SwitchedOffAtUtc = clock.GetUtcNow().UtcDateTime,
                    SwitchedOffByUserId = actor.UserId,
                });
                audit.Record(actor, ReminderAuditActions.ReminderKindSwitchedOff,
                    $"Switched off reminders: {ReminderKinds.DisplayName(kind)}");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

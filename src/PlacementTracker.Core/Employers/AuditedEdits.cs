using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Core.Employers;

/// <summary>
/// Saves edits to records that carry a Version token, the way provider settings are saved: an edit made
/// from a stale copy is refused as a conflict instead of overwriting someone else's change.
/// </summary>
internal sealed class AuditedEdits(PlacementDbContext db, AuditLog audit)
{
    public async Task<EditResult> ApplyAsync<T>(
        T current,
        T changes,
        uint postedVersion,
        Actor actor,
        string action,
        string summary,
        Action<uint> setVersion,
        CancellationToken cancellationToken)
        where T : class
    {
        var entry = db.Entry(current);
        if ((uint)entry.Property("Version").CurrentValue! != postedVersion)
        {
            return EditResult.Conflicted;
        }

        var before = Snapshot(current);
        entry.CurrentValues.SetValues(changes);
        if (!db.ChangeTracker.HasChanges())
        {
            return EditResult.Saved;
        }

        setVersion(postedVersion + 1);
        Record(actor, action, summary, current, before);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EditResult.Conflicted;
        }

        return EditResult.Saved;
    }

    public void Record(Actor actor, string action, string summary, object entity, string? before)
    {
        var id = db.Entry(entity).Property("Id").CurrentValue;
        audit.Record(actor, action, summary, new AuditSubject(
            entity.GetType().Name,
            Convert.ToString(id, CultureInfo.InvariantCulture) ?? "",
            before,
            Snapshot(entity)));
    }

    internal static string Snapshot(object entity) => JsonSerializer.Serialize(entity, entity.GetType(), Options);

    private static readonly JsonSerializerOptions Options = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
    };
}

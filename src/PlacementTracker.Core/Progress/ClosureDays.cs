using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Progress;

/// <summary>The provider's closure days, kept by administrators; no placement hours are expected on them.</summary>
public sealed class ClosureDays(PlacementDbContext db, AuditLog audit)
{
    public const int MaxDescriptionLength = 200;

    public Task<List<ClosureDay>> ListAsync(CancellationToken cancellationToken = default) =>
        db.ClosureDays.AsNoTracking().OrderBy(d => d.Date).ToListAsync(cancellationToken);

    /// <summary>Adds a closure day, or returns the field and message that refuse it.</summary>
    public async Task<(string Field, string Message)?> AddAsync(DateOnly? date, string? description, Actor actor)
    {
        var text = description?.Trim() ?? "";
        if (date is null)
        {
            return ("Date", "Enter the date the college is closed");
        }

        if (text.Length == 0)
        {
            return ("Description", "Enter what the closure is, for example \"Staff training day\"");
        }

        if (text.Length > MaxDescriptionLength)
        {
            return ("Description", $"Description must be {MaxDescriptionLength} characters or fewer");
        }

        if (await db.ClosureDays.AnyAsync(d => d.Date == date))
        {
            return ("Date", $"{TimeRules.Words(date.Value)} is already a closure day");
        }

        var day = new ClosureDay { Id = Guid.NewGuid(), Date = date.Value, Description = text };
        db.ClosureDays.Add(day);
        audit.Record(actor, AuditActions.ClosureDayAdded, $"Closure day {TimeRules.Words(day.Date)}: {text}",
            new AuditSubject(nameof(ClosureDay), day.Id.ToString()));
        await SaveAsync(date.Value);
        return null;
    }

    /// <summary>Removes a closure day; false when there was none with that id.</summary>
    public async Task<bool> RemoveAsync(Guid id, Actor actor)
    {
        var day = await db.ClosureDays.FindAsync(id);
        if (day is null)
        {
            return false;
        }

        db.ClosureDays.Remove(day);
        audit.Record(actor, AuditActions.ClosureDayRemoved, $"Closure day {TimeRules.Words(day.Date)} removed",
            new AuditSubject(nameof(ClosureDay), day.Id.ToString()));
        await db.SaveChangesAsync();
        return true;
    }

    private async Task SaveAsync(DateOnly date)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two administrators added the same day at once; the unique index kept one.
            db.ChangeTracker.Clear();
            if (!await db.ClosureDays.AnyAsync(d => d.Date == date))
            {
                throw;
            }
        }
    }
}

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Core.Reviews;

public enum FrameworkPart
{
    Area,
    Level,
}

/// <summary>The framework reviews rate against: areas and levels still in use, each in order.</summary>
public sealed record CurrentFramework(
    IReadOnlyList<ProgressIndicatorArea> Areas,
    IReadOnlyList<ProgressIndicatorLevel> Levels);

/// <summary>
/// The progress-indicator framework administrators keep: they add, rename, reorder and retire areas and levels. A
/// change reaches only reviews recorded afterwards: a rating keeps the names it was given (see
/// <see cref="ReviewRating"/>), and a retired area or level is kept for the reviews that used it.
/// </summary>
public sealed class ProgressIndicatorFramework(PlacementDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int MaxNameLength = 100;

    public async Task<CurrentFramework> CurrentAsync(CancellationToken cancellationToken = default) =>
        new(
            await db.ProgressIndicatorAreas.AsNoTracking()
                .Where(a => a.RetiredAtUtc == null)
                .OrderBy(a => a.Position)
                .ToListAsync(cancellationToken),
            await db.ProgressIndicatorLevels.AsNoTracking()
                .Where(l => l.RetiredAtUtc == null)
                .OrderBy(l => l.Position)
                .ToListAsync(cancellationToken));

    /// <summary>Every area or level, retired ones too, in order.</summary>
    public async Task<IReadOnlyList<IProgressIndicatorItem>> AllAsync(
        FrameworkPart part,
        CancellationToken cancellationToken = default) =>
        part == FrameworkPart.Area
            ? [.. await db.ProgressIndicatorAreas.AsNoTracking()
                .OrderBy(a => a.Position).ToListAsync(cancellationToken)]
            : [.. await db.ProgressIndicatorLevels.AsNoTracking()
                .OrderBy(l => l.Position).ToListAsync(cancellationToken)];

    /// <summary>Adds an area or level at the end; returns the message that stops it, or null.</summary>
    public async Task<string?> AddAsync(FrameworkPart part, string? name, Actor actor)
    {
        name = name?.Trim() ?? "";
        if (await NameProblemAsync(part, name, null) is { } problem)
        {
            return problem;
        }

        var position = (await ItemsAsync(part)).Select(i => i.Position).DefaultIfEmpty(0).Max() + 1;
        IProgressIndicatorItem item = part == FrameworkPart.Area
            ? db.ProgressIndicatorAreas.Add(new ProgressIndicatorArea { Id = Guid.NewGuid() }).Entity
            : db.ProgressIndicatorLevels.Add(new ProgressIndicatorLevel { Id = Guid.NewGuid() }).Entity;
        (item.Name, item.Position) = (name, position);
        Record(actor, part, item, $"Added the {Word(part)} {name}", null);
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>Renames an area or level for future reviews; null when it is not found.</summary>
    public async Task<FrameworkChange?> RenameAsync(FrameworkPart part, Guid id, string? name, Actor actor)
    {
        var item = await FindAsync(part, id);
        if (item is null)
        {
            return null;
        }

        name = name?.Trim() ?? "";
        if (await NameProblemAsync(part, name, id) is { } problem)
        {
            return new FrameworkChange(problem);
        }

        var before = item.Name;
        item.Name = name;
        Record(actor, part, item, $"Renamed the {Word(part)} {before} to {name}", before);
        await db.SaveChangesAsync();
        return FrameworkChange.Done;
    }

    /// <summary>Swaps an area or level with the one above or below it among those in use.</summary>
    public async Task<FrameworkChange?> MoveAsync(FrameworkPart part, Guid id, bool up, Actor actor)
    {
        var items = (await ItemsAsync(part))
            .Where(i => i.RetiredAtUtc == null)
            .OrderBy(i => i.Position)
            .ToList();
        var index = items.FindIndex(i => i.Id == id);
        if (index < 0)
        {
            return null;
        }

        var other = up ? index - 1 : index + 1;
        if (other < 0 || other >= items.Count)
        {
            return FrameworkChange.Done;
        }

        (items[index].Position, items[other].Position) = (items[other].Position, items[index].Position);
        Record(actor, part, items[index],
            $"Moved the {Word(part)} {items[index].Name} {(up ? "up" : "down")}", null);
        await db.SaveChangesAsync();
        return FrameworkChange.Done;
    }

    /// <summary>Takes an area or level out of use for future reviews; past reviews keep their ratings.</summary>
    public async Task<FrameworkChange?> RetireAsync(FrameworkPart part, Guid id, Actor actor)
    {
        var item = await FindAsync(part, id);
        if (item is null || item.RetiredAtUtc is not null)
        {
            return item is null ? null : FrameworkChange.Done;
        }

        var inUse = (await ItemsAsync(part)).Count(i => i.RetiredAtUtc == null);
        var fewest = part == FrameworkPart.Area ? 1 : 2;
        if (inUse <= fewest)
        {
            return new FrameworkChange(part == FrameworkPart.Area
                ? "Keep at least one area: add another before retiring this one"
                : "Keep at least two levels: add another before retiring this one");
        }

        item.RetiredAtUtc = clock.GetUtcNow().UtcDateTime;
        Record(actor, part, item, $"Retired the {Word(part)} {item.Name}", null);
        await db.SaveChangesAsync();
        return FrameworkChange.Done;
    }

    private async Task<string?> NameProblemAsync(FrameworkPart part, string name, Guid? except)
    {
        if (name.Length == 0)
        {
            return $"Enter the name of the {Word(part)}";
        }

        if (name.Length > MaxNameLength)
        {
            return $"The name must be {MaxNameLength} characters or fewer";
        }

        var names = (await ItemsAsync(part))
            .Where(i => i.RetiredAtUtc == null && i.Id != except)
            .Select(i => i.Name);
        return names.Contains(name, StringComparer.OrdinalIgnoreCase)
            ? $"There is already {(part == FrameworkPart.Area ? "an area" : "a level")} called {name}"
            : null;
    }

    private async Task<IProgressIndicatorItem?> FindAsync(FrameworkPart part, Guid id) =>
        part == FrameworkPart.Area
            ? await db.ProgressIndicatorAreas.SingleOrDefaultAsync(a => a.Id == id)
            : await db.ProgressIndicatorLevels.SingleOrDefaultAsync(l => l.Id == id);

    /// <summary>
    /// Every area or level, tracked; the framework is a handful of rows, so it is worked on in memory.
    /// </summary>
    private async Task<List<IProgressIndicatorItem>> ItemsAsync(FrameworkPart part) =>
        part == FrameworkPart.Area
            ? [.. await db.ProgressIndicatorAreas.ToListAsync()]
            : [.. await db.ProgressIndicatorLevels.ToListAsync()];

    private void Record(Actor actor, FrameworkPart part, IProgressIndicatorItem item, string summary, string? before) =>
        audit.Record(actor, AuditActions.ProgressIndicatorChanged, summary, new AuditSubject(
            part == FrameworkPart.Area ? nameof(ProgressIndicatorArea) : nameof(ProgressIndicatorLevel),
            item.Id.ToString(),
            before,
            item.Name));

    private static string Word(FrameworkPart part) => part == FrameworkPart.Area ? "area" : "level";
}

/// <summary>What came of a change to the framework: done, or the message that stopped it.</summary>
public sealed record FrameworkChange(string? Problem)
{
    public static FrameworkChange Done { get; } = new((string?)null);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Progress;

/// <summary>
/// Keeps <see cref="ApprovedTimeTotal"/> equal to the sum of the time entries in approved weeks. The context
/// recomputes the totals of every placement a save touches (a time entry changed, or a timesheet that is or was
/// approved), in the same transaction; data written around the context (bulk loads, bulk deletes) must call
/// <see cref="RebuildAsync"/> afterwards.
/// </summary>
public static class ApprovedTimeTotals
{
    /// <summary>
    /// Fills the totals of a database that had approved weeks before totals were kept: called by the migration
    /// that adds the table. The same statement on SQLite and PostgreSQL.
    /// </summary>
    public const string FillFromApprovedWeeksSql = """
        INSERT INTO "ApprovedTimeTotals" ("PlacementId", "Kind", "Minutes", "FirstDate")
        SELECT e."PlacementId", e."Kind", SUM(e."Minutes"), MIN(e."Date")
        FROM "TimeEntries" AS e
        WHERE EXISTS (SELECT 1 FROM "Timesheets" AS t
            WHERE t."PlacementId" = e."PlacementId" AND t."WeekStart" = e."WeekStart" AND t."Status" = 'Approved')
        GROUP BY e."PlacementId", e."Kind"
        """;

    /// <summary>Placements whose approved time the pending changes may alter.</summary>
    public static HashSet<Guid> PlacementsTouched(ChangeTracker tracker)
    {
        var touched = new HashSet<Guid>();
        foreach (var entry in tracker.Entries<TimeEntry>().Where(Pending))
        {
            touched.Add(entry.Entity.PlacementId);
            if (entry.State != EntityState.Added)
            {
                touched.Add(entry.Property(e => e.PlacementId).OriginalValue);
            }
        }

        foreach (var entry in tracker.Entries<Timesheet>().Where(Pending))
        {
            var was = entry.State == EntityState.Added ? null : (TimesheetStatus?)entry.Property(t => t.Status).OriginalValue;
            if (entry.Entity.Status == TimesheetStatus.Approved || was == TimesheetStatus.Approved)
            {
                touched.Add(entry.Entity.PlacementId);
            }
        }

        return touched;
    }

    /// <summary>
    /// Recomputes the totals of the given placements (all when null) from their time entries in approved weeks.
    /// Runs in the caller's transaction, or in one of its own.
    /// </summary>
    public static async Task RebuildAsync(PlacementDbContext db, IReadOnlyCollection<Guid>? placementIds = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = placementIds?.Distinct().Order().ToArray();
        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        await LockPlacementsAsync(db, ids, cancellationToken);
        var stale = db.ApprovedTimeTotals.AsQueryable();
        await (ids is null ? stale : stale.Where(t => ids.Contains(t.PlacementId))).ExecuteDeleteAsync(cancellationToken);
        var totals = await SumAsync(db, ids, cancellationToken);
        foreach (var tracked in db.ChangeTracker.Entries<ApprovedTimeTotal>().ToList())
        {
            tracked.State = EntityState.Detached;
        }

        db.ApprovedTimeTotals.AddRange(totals);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var total in totals)
        {
            db.Entry(total).State = EntityState.Detached;
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Time entries in weeks whose timesheet is approved: what progress counts.</summary>
    public static IQueryable<TimeEntry> ApprovedEntries(PlacementDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.TimeEntries.AsNoTracking().Where(entry => db.Timesheets.Any(sheet =>
            sheet.PlacementId == entry.PlacementId && sheet.WeekStart == entry.WeekStart
            && sheet.Status == TimesheetStatus.Approved));
    }

    private static bool Pending(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;

    private static Task<List<ApprovedTimeTotal>> SumAsync(PlacementDbContext db, Guid[]? ids,
        CancellationToken cancellationToken)
    {
        var entries = ApprovedEntries(db);
        return (ids is null ? entries : entries.Where(e => ids.Contains(e.PlacementId)))
            .GroupBy(e => new { e.PlacementId, e.Kind })
            .Select(g => new ApprovedTimeTotal
            {
                PlacementId = g.Key.PlacementId,
                Kind = g.Key.Kind,
                Minutes = g.Sum(e => e.Minutes),
                FirstDate = g.Min(e => e.Date),
            })
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// On PostgreSQL two weeks of one placement approved at the same moment would each recompute without the
    /// other's week; locking the placement rows first makes the second wait and then read the first's week.
    /// SQLite takes its write lock when the transaction begins, so it needs nothing more.
    /// </summary>
    private static async Task LockPlacementsAsync(PlacementDbContext db, Guid[]? ids,
        CancellationToken cancellationToken)
    {
        if (ids is null || !db.Database.IsNpgsql())
        {
            return;
        }

        await db.Database.SqlQuery<Guid>(
                $"""SELECT "Id" AS "Value" FROM "Placements" WHERE "Id" = ANY({ids}) ORDER BY "Id" FOR UPDATE""")
            .ToListAsync(cancellationToken);
    }
}

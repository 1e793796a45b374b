using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Monitoring;

/// <summary>
/// Part of the daily job: assesses every live placement and records a <see cref="PlacementRagChange"/> for each whose
/// status differs from the last one recorded, so the timeline can tell when a placement turned amber or red and why.
/// The unique key on placement and day makes the database refuse a second row for the same day, so two app servers
/// running the job at once, or a run repeated later the same day, write each change once.
/// </summary>
public sealed class PlacementRagRecorder(PlacementDbContext db, CaseloadLoader loader, TimeProvider clock)
{
    /// <summary>Records today's changes; returns how many rows this run wrote.</summary>
    public async Task<int> RecordTodayAsync(CancellationToken cancellationToken = default)
    {
        var today = TimeRules.Today(clock);
        var entries = await loader.EntriesAsync(
            db.Placements.Where(p => PlacementStatusEngine.Live.Contains(p.Status)), cancellationToken);
        var last = await db.PlacementRagChanges.AsNoTracking()
            .Where(c => c.Date == db.PlacementRagChanges
                .Where(d => d.PlacementId == c.PlacementId)
                .Max(d => d.Date))
            .Select(c => new { c.PlacementId, c.To })
            .ToDictionaryAsync(c => c.PlacementId, c => c.To, cancellationToken);

        var written = 0;
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            RagStatus? from = last.TryGetValue(entry.PlacementId, out var was) ? was : null;
            if (from == entry.Status)
            {
                continue;
            }

            written += await InsertAsync(entry, from, today, cancellationToken);
        }

        return written;
    }

    /// <summary>One line for the reasons: their short names, most serious first.</summary>
    public static string Summary(PlacementAssessment assessment) =>
        string.Join("; ", assessment.Reasons.Select(r => StatusReasonNames.For(r.Code)));

    private Task<int> InsertAsync(CaseloadEntry entry, RagStatus? from, DateOnly today,
        CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var fromText = from?.ToString();
        var to = entry.Status.ToString();
        var reasons = Summary(entry.Assessment);
        var now = clock.GetUtcNow().UtcDateTime;

        // ON CONFLICT DO NOTHING means the same on SQLite and PostgreSQL: today's row for this placement exists, so
        // another run wrote it; nothing is inserted and no error is raised.
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "PlacementRagChanges" ("Id", "PlacementId", "Date", "From", "To", "Reasons", "RecordedAtUtc")
            VALUES ({id}, {entry.PlacementId}, {today}, {fromText}, {to}, {reasons}, {now})
            ON CONFLICT ("PlacementId", "Date") DO NOTHING
            """,
            cancellationToken);
    }
}

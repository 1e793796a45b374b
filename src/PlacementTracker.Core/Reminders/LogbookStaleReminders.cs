using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Reminders;

/// <summary>
/// An active placement, under way for at least <see cref="ReminderOptions.LogbookStaleDays"/> days, whose logbook
/// has no entry dated within them: the student is reminded at most once a week while it stays that way.
/// </summary>
public sealed class LogbookStaleReminders(PlacementDbContext db, ReminderOptions options) : IReminderFinder
{
    public ReminderKind Kind => ReminderKind.LogbookStale;

    public async Task<IReadOnlyList<DueReminder>> FindAsync(
        DateOnly today,
        CancellationToken cancellationToken = default)
    {
        var since = today.AddDays(-options.LogbookStaleDays);
        var placements = await db.Placements
            .Where(p => p.Status == PlacementStatus.Active && p.PlannedStart <= since && p.PlannedEnd >= today
                && p.Student!.UserId != null
                && !db.LogbookEntries.Any(e => e.PlacementId == p.Id && e.Date > since))
            .Select(p => new { p.Id, StudentUserId = p.Student!.UserId!, Employer = p.Employer!.Name })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        return [.. placements.Select(p => new DueReminder(
            Kind,
            p.Id,
            p.StudentUserId,
            ReminderPeriods.Week(today),
            "Your placement logbook",
            $"You have not written in your logbook for your placement at {p.Employer} for " +
            $"{options.LogbookStaleDays} days. Add an entry for what you have done and learned.",
            $"Placements/{p.Id}/Logbook"))];
    }
}

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Reminders;

/// <summary>
/// A due-diligence check expiring within <see cref="ReminderOptions.DueDiligenceDaysBefore"/> days: every coordinator
/// is reminded once for its expiry date (a renewed check has a new one).
/// </summary>
public sealed class DueDiligenceExpiryReminders(PlacementDbContext db, ReminderOptions options) : IReminderFinder
{
    public ReminderKind Kind => ReminderKind.DueDiligenceExpiring;

    public async Task<IReadOnlyList<DueReminder>> FindAsync(
        DateOnly today,
        CancellationToken cancellationToken = default)
    {
        var last = today.AddDays(options.DueDiligenceDaysBefore);
        var checks = await (
            from check in db.DueDiligenceChecks
            join employer in db.Employers on check.EmployerId equals employer.Id
            where check.ExpiresOn >= today && check.ExpiresOn <= last
            select new { check.Id, check.Kind, check.ExpiresOn, EmployerId = employer.Id, employer.Name })
            .AsNoTracking().ToListAsync(cancellationToken);
        if (checks.Count == 0)
        {
            return [];
        }

        var coordinators = await ReminderRecipients.CoordinatorsAsync(db, cancellationToken);
        return [.. checks.SelectMany(c => coordinators.Distinct().Select(coordinator => new DueReminder(
            Kind,
            c.Id,
            coordinator,
            ReminderPeriods.Day(c.ExpiresOn),
            $"Due-diligence check expiring on {TimeRules.Words(c.ExpiresOn)}: {c.Name}",
            $"{c.Name}'s {DueDiligenceRules.KindName(c.Kind)} check expires on {TimeRules.Words(c.ExpiresOn)}.",
            $"Employers/{c.EmployerId}")))];
    }
}

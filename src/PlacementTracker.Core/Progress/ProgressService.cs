using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Progress;

/// <summary>
/// Works out progress for industry placements in a handful of queries whatever their number: approved time is
/// summed in the database by placement and kind, and the caps, calendar and projection are applied in memory.
/// </summary>
public sealed class ProgressService(PlacementDbContext db, ProviderSettingsStore settingsStore, TimeProvider clock)
{
    private static readonly PlacementStatus[] NotCounted = [PlacementStatus.Withdrawn];

    public async Task<IndustryPlacementProgress> ForIndustryPlacementAsync(
        Guid industryPlacementId, CancellationToken cancellationToken = default)
    {
        var all = await ForIndustryPlacementsAsync([industryPlacementId], cancellationToken);
        return all[industryPlacementId];
    }

    public Task<IReadOnlyDictionary<Guid, IndustryPlacementProgress>> ForIndustryPlacementsAsync(
        IReadOnlyCollection<Guid> industryPlacementIds, CancellationToken cancellationToken = default)
    {
        var ids = industryPlacementIds.Distinct().ToArray();
        return ForIndustryPlacementsAsync(
            db.IndustryPlacements.Where(i => ids.Contains(i.Id)).Select(i => i.Id), cancellationToken);
    }

    /// <summary>
    /// Progress of the industry placements a query picks, such as those of a caseload's placements: the query is
    /// used as a subquery, so thousands of placements cost no more statements and no list of ids is sent.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, IndustryPlacementProgress>> ForIndustryPlacementsAsync(
        IQueryable<Guid> industryPlacementIds, CancellationToken cancellationToken = default)
    {
        var ids = industryPlacementIds;
        var settings = await settingsStore.GetAsync(cancellationToken);
        var calendar = await CalendarAsync(cancellationToken);
        // The student's specialism code by a join on the key, without ranking whole tables; the specialisms
        // themselves (a few dozen) are read once rather than again with every industry placement.
        var industry = await (
                from i in db.IndustryPlacements.AsNoTracking()
                where ids.Contains(i.Id)
                join student in db.Students on i.StudentId equals student.Id into students
                from student in students.DefaultIfEmpty()
                select new { i.Id, i.RequiredHours, SpecialismCode = student == null ? null : student.SpecialismCode })
            .ToListAsync(cancellationToken);
        var specialisms = await db.Specialisms.AsNoTracking()
            .ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, cancellationToken);
        // Only the columns the schedule and the counting need, not whole placements.
        var placements = (await db.Placements.AsNoTracking()
            .Where(p => ids.Contains(p.IndustryPlacementId))
            .Select(p => new Placement
            {
                Id = p.Id,
                IndustryPlacementId = p.IndustryPlacementId,
                Status = p.Status,
                PlannedStart = p.PlannedStart,
                PlannedEnd = p.PlannedEnd,
                WorkingDays = p.WorkingDays,
                PlannedHours = p.PlannedHours,
            })
            .ToListAsync(cancellationToken)).ToLookup(p => p.IndustryPlacementId);
        var approved = (await ApprovedTimeAsync(ids, cancellationToken)).ToLookup(a => a.IndustryPlacementId);
        var today = TimeRules.Today(clock);

        return industry.ToDictionary(i => i.Id, i => Compute(
            i.Id,
            CountingRules.For(i.RequiredHours,
                i.SpecialismCode is null ? null : specialisms.GetValueOrDefault(i.SpecialismCode), settings),
            [.. placements[i.Id]],
            [.. approved[i.Id].Select(a => a.Time)],
            today,
            calendar));
    }

    /// <summary>Week by week for one placement: the planned line and the counted time, for the chart.</summary>
    public async Task<IReadOnlyList<ProgressWeek>> WeeksAsync(
        Placement placement, IndustryPlacementProgress progress, CancellationToken cancellationToken = default)
    {
        var calendar = await CalendarAsync(cancellationToken);
        var byWeek = await ApprovedTimeTotals.ApprovedEntries(db)
            .Where(e => e.PlacementId == placement.Id)
            .GroupBy(e => new { e.WeekStart, e.Kind })
            .Select(g => new { g.Key.WeekStart, g.Key.Kind, Minutes = g.Sum(e => e.Minutes) })
            .ToListAsync(cancellationToken);
        var countable = Enum.GetValues<TimeEntryKind>().ToDictionary(
            k => k, k => progress.Count.CountedByPlacementAndKind.GetValueOrDefault((placement.Id, k)));
        var schedule = PlannedSchedule.Of(placement);
        var lastWeek = TimeRules.WeekStart(schedule.End);
        var currentWeek = TimeRules.WeekStart(progress.Today);
        var weeks = new List<ProgressWeek>();
        var total = 0;
        for (var week = TimeRules.WeekStart(schedule.Start); week <= lastWeek; week = week.AddDays(7))
        {
            var counted = 0;
            foreach (var part in byWeek.Where(w => w.WeekStart == week))
            {
                var share = Math.Min(part.Minutes, countable[part.Kind]);
                countable[part.Kind] -= share;
                counted += share;
            }

            total += counted;
            weeks.Add(new ProgressWeek(week, schedule.ExpectedMinutesBy(week.AddDays(6), calendar), counted,
                week <= currentWeek ? total : null));
        }

        return weeks;
    }

    private async Task<WorkingCalendar> CalendarAsync(CancellationToken cancellationToken) =>
        new(await db.ClosureDays.AsNoTracking().Select(d => d.Date).ToListAsync(cancellationToken));

    /// <summary>
    /// Approved time by placement and kind, read from the kept totals (a few rows a placement) rather than summed
    /// from the time entries, which at college scale means reading a million rows for a caseload.
    /// </summary>
    private async Task<List<(Guid IndustryPlacementId, ApprovedTime Time)>> ApprovedTimeAsync(
        IQueryable<Guid> industryPlacementIds, CancellationToken cancellationToken)
    {
        var totals = await (
            from total in db.ApprovedTimeTotals.AsNoTracking()
            join placement in db.Placements on total.PlacementId equals placement.Id
            where industryPlacementIds.Contains(placement.IndustryPlacementId)
                && !NotCounted.Contains(placement.Status)
            select new
            {
                placement.IndustryPlacementId,
                total.PlacementId,
                placement.PlannedStart,
                total.Kind,
                total.Minutes,
                total.FirstDate,
            }).ToListAsync(cancellationToken);
        return [.. totals.Select(t => (t.IndustryPlacementId,
            new ApprovedTime(t.PlacementId, t.PlannedStart, t.Kind, t.Minutes, t.FirstDate)))];
    }

    private static IndustryPlacementProgress Compute(Guid id, CountingRules rules, List<Placement> placements,
        List<ApprovedTime> approved, DateOnly today, WorkingCalendar calendar)
    {
        var count = HoursCounter.Count(rules, approved);
        var counting = placements.Where(p => !NotCounted.Contains(p.Status)).OrderBy(p => p.PlannedStart).ToList();
        var parts = counting.Select(p => Part(p, count, approved, today, calendar)).ToList();
        var daysSoFar = counting.Sum(p => PlannedSchedule.Of(p).WorkingDaysBy(today, calendar));
        var latest = counting.LastOrDefault();
        var projection = Projection.From(count.CountedMinutes, rules.RequiredMinutes, daysSoFar, today,
            latest is null ? PlannedSchedule.Weekdays : PlannedSchedule.Of(latest).Days, calendar);
        return new IndustryPlacementProgress(id, today, rules, count, parts.Sum(p => p.ExpectedMinutes), parts,
            projection);
    }

    private static PlacementProgress Part(Placement placement, HoursCount count, List<ApprovedTime> approved,
        DateOnly today, WorkingCalendar calendar)
    {
        var schedule = PlannedSchedule.Of(placement);
        var counted = count.CountedFor(placement.Id);
        var projection = Projection.From(counted, schedule.PlannedMinutes, schedule.WorkingDaysBy(today, calendar),
            today, schedule.Days, calendar);
        return new PlacementProgress(placement.Id, placement.Status, schedule,
            approved.Where(a => a.PlacementId == placement.Id).Sum(a => a.Minutes), counted,
            schedule.ExpectedMinutesBy(today, calendar), projection);
    }
}

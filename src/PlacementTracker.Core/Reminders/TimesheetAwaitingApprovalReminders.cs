using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Reminders;

/// <summary>
/// A week submitted <see cref="ReminderOptions.TimesheetApprovalDays"/> or more days ago and still awaiting approval:
/// the supervisor is reminded once per submission. (The approval link itself is emailed when the week is submitted.)
/// </summary>
public sealed class TimesheetAwaitingApprovalReminders(PlacementDbContext db, ReminderOptions options)
    : IReminderFinder
{
    public ReminderKind Kind => ReminderKind.TimesheetAwaitingApproval;

    public async Task<IReadOnlyList<DueReminder>> FindAsync(
        DateOnly today,
        CancellationToken cancellationToken = default)
    {
        // Submitted on or before this local date, so before the start of the day after it.
        var lastDay = today.AddDays(-options.TimesheetApprovalDays);
        var before = TimeRules.ToUtc(lastDay.AddDays(1), TimeOnly.MinValue)!.Value;
        var weeks = await (
            from timesheet in db.Timesheets
            join placement in db.Placements on timesheet.PlacementId equals placement.Id
            where timesheet.Status == TimesheetStatus.Submitted && timesheet.SubmittedAtUtc < before
                && placement.SupervisorUserId != null
                && placement.Status != PlacementStatus.Completed && placement.Status != PlacementStatus.Withdrawn
            select new
            {
                timesheet.Id,
                timesheet.WeekStart,
                SubmittedAtUtc = timesheet.SubmittedAtUtc!.Value,
                PlacementId = placement.Id,
                SupervisorUserId = placement.SupervisorUserId!,
                Student = placement.Student!.GivenName + " " + placement.Student.FamilyName,
            }).AsNoTracking().ToListAsync(cancellationToken);

        return [.. weeks.Select(w => new DueReminder(
            Kind,
            w.Id,
            w.SupervisorUserId,
            ReminderPeriods.Instant(w.SubmittedAtUtc),
            $"Hours awaiting your approval: {w.Student}",
            $"{w.Student}'s hours for the week beginning {TimeRules.Words(w.WeekStart)} were submitted on " +
            $"{TimeRules.Words(LocalDate(w.SubmittedAtUtc))} " +
            "and are still awaiting your approval.",
            $"Placements/{w.PlacementId}/Hours/{ReminderPeriods.Day(w.WeekStart)}"))];
    }

    private static DateOnly LocalDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, TimeRules.London));
}

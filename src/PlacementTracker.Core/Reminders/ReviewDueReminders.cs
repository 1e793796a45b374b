using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Reminders;

/// <summary>
/// A review not yet held and due within <see cref="ReminderOptions.ReviewDaysAhead"/> days: the student, the
/// supervisor and the tutor are each reminded once for its due date (moving the review reminds them again).
/// </summary>
public sealed class ReviewDueReminders(PlacementDbContext db, ReminderOptions options) : IReminderFinder
{
    public ReminderKind Kind => ReminderKind.ReviewDue;

    public async Task<IReadOnlyList<DueReminder>> FindAsync(
        DateOnly today,
        CancellationToken cancellationToken = default)
    {
        var last = today.AddDays(options.ReviewDaysAhead);
        var reviews = await (
            from review in db.Reviews
            join placement in db.Placements on review.PlacementId equals placement.Id
            where review.HeldOn == null && review.DueOn != null && review.DueOn >= today && review.DueOn <= last
                && placement.Status == PlacementStatus.Active
            select new
            {
                review.Id,
                review.Kind,
                DueOn = review.DueOn!.Value,
                PlacementId = placement.Id,
                placement.SupervisorUserId,
                StudentUserId = placement.Student!.UserId,
                placement.Student.TutorUserId,
                Student = placement.Student.GivenName + " " + placement.Student.FamilyName,
                Employer = placement.Employer!.Name,
            }).AsNoTracking().ToListAsync(cancellationToken);

        return [.. reviews.SelectMany(r =>
            new[] { r.StudentUserId, r.SupervisorUserId, r.TutorUserId }
                .OfType<string>()
                .Distinct()
                .Select(recipient => new DueReminder(
                    Kind,
                    r.Id,
                    recipient,
                    ReminderPeriods.Day(r.DueOn),
                    $"Review due on {TimeRules.Words(r.DueOn)}: {r.Student}",
                    $"The {r.Kind.ToString().ToLowerInvariant()} review of {r.Student}'s placement at {r.Employer} " +
                    $"is due on {TimeRules.Words(r.DueOn)}.",
                    $"Placements/{r.PlacementId}")))];
    }
}

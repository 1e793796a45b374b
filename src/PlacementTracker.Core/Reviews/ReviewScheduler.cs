using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Reviews;

/// <summary>
/// Adds a placement's start, middle and end reviews (see <see cref="ReviewSchedule"/>) to the unit of work when it
/// becomes active, once only: a placement back from being on hold keeps the reviews it already has.
/// </summary>
public sealed class ReviewScheduler(PlacementDbContext db, AuditLog audit)
{
    public async Task ScheduleFormalReviewsAsync(
        Placement placement,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        var scheduled = await db.Reviews.AnyAsync(
            r => r.PlacementId == placement.Id && r.Kind != ReviewKind.Informal,
            cancellationToken);
        if (scheduled)
        {
            return;
        }

        var reviews = ReviewSchedule.FormalReviews(placement.PlannedStart, placement.PlannedEnd)
            .Select(r => new Review { Id = Guid.NewGuid(), PlacementId = placement.Id, Kind = r.Kind, DueOn = r.DueOn })
            .ToList();
        db.Reviews.AddRange(reviews);
        audit.Record(actor, AuditActions.ReviewsScheduled,
            "Scheduled the start, middle and end reviews: " +
            string.Join(", ", reviews.Select(r => $"{r.Kind} on {r.DueOn:yyyy-MM-dd}")),
            new AuditSubject(nameof(Placement), placement.Id.ToString()));
    }
}

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reviews;

namespace PlacementTracker.Core.Demo;

/// <summary>
/// Gives every demo placement that has been active its start, middle and end reviews, due as
/// <see cref="ReviewSchedule"/> sets them. Reviews due more than a week ago were held on their due date and
/// confirmed by everyone, rated mostly Good; every fourth placement has let its latest due review slip, so it shows
/// as overdue; and the first placement with a held review was rated Needs improvement for timekeeping and
/// communication. The placement left ready to complete (<see cref="DemoCompletions.ReadyAsync"/>) has held none of
/// its reviews yet. The same placements get the same reviews on every run.
/// </summary>
internal static class DemoReviews
{
    private const int HeldAfterDays = 7;

    private static readonly string[] NeedsImprovement = ["Timekeeping", "Communication"];

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly PlacementStatus[] HaveBeenActive =
        [PlacementStatus.Active, PlacementStatus.OnHold, PlacementStatus.Completed];

    public static async Task BuildAsync(
        PlacementDbContext db, DateTime nowUtc, Guid notHeldYet, CancellationToken cancellationToken)
    {
        await new ProgressIndicatorDefaults(db).LoadIfEmptyAsync(cancellationToken);
        var framework = await FrameworkAsync(db, cancellationToken);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(nowUtc, London));
        var placements = await db.Placements.AsNoTracking()
            .Where(p => HaveBeenActive.Contains(p.Status))
            .OrderBy(p => p.Student!.StudentNumber)
            .Select(p => new
            {
                p.Id,
                p.PlannedStart,
                p.PlannedEnd,
                p.SupervisorUserId,
                p.Student!.GivenName,
                p.Student.FamilyName,
            })
            .ToListAsync(cancellationToken);
        var lowRatingGiven = false;
        for (var i = 0; i < placements.Count; i++)
        {
            var placement = placements[i];
            var due = ReviewSchedule.FormalReviews(placement.PlannedStart, placement.PlannedEnd);
            var past = due.Where(r => r.DueOn.AddDays(HeldAfterDays) <= today && placement.Id != notHeldYet).ToList();
            var slipping = i % 4 == 3 && past.Count > 0 ? past[^1].Kind : (ReviewKind?)null;
            foreach (var (kind, dueOn) in due)
            {
                var review = new Review { Id = Guid.NewGuid(), PlacementId = placement.Id, Kind = kind, DueOn = dueOn };
                if (past.Any(r => r.Kind == kind) && kind != slipping)
                {
                    var low = !lowRatingGiven && kind == past[^1].Kind;
                    lowRatingGiven |= low;
                    var student = $"{placement.GivenName} {placement.FamilyName}";
                    Hold(review, framework, student, placement.SupervisorUserId is not null, low, nowUtc);
                }

                db.Reviews.Add(review);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Hold(
        Review review,
        CurrentFramework framework,
        string student,
        bool hasSupervisor,
        bool needsImprovement,
        DateTime nowUtc)
    {
        review.HeldOn = review.DueOn;
        review.Attendees = $"{student}, their supervisor and their tutor";
        review.StudentFeedback = "I am settling in well and would like more practice with the team's tools.";
        review.EmployerFeedback = needsImprovement
            ? "Good work when here, but arrives late and does not always say when stuck."
            : "A reliable member of the team who asks good questions.";
        review.ProviderNotes = "Progress discussed against the plan; next review date agreed.";
        for (var a = 0; a < framework.Areas.Count; a++)
        {
            var area = framework.Areas[a];
            var levelIndex = needsImprovement && NeedsImprovement.Contains(area.Name) ? 0 : a % 3 == 2 ? 2 : 1;
            var level = framework.Levels[Math.Min(levelIndex, framework.Levels.Count - 1)];
            review.Ratings.Add(new ReviewRating
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                AreaId = area.Id,
                AreaName = area.Name,
                LevelId = level.Id,
                LevelName = level.Name,
                LevelPosition = Math.Min(levelIndex, framework.Levels.Count - 1) + 1,
            });
        }

        if (needsImprovement)
        {
            review.Actions.Add(new ReviewAction
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                Description = "Arrive by the start time each day and message the supervisor before any lateness",
                Owner = student,
                DueOn = review.DueOn?.AddDays(14),
            });
        }

        SignerCapacity[] confirmers = hasSupervisor
            ? [SignerCapacity.Student, SignerCapacity.Provider, SignerCapacity.Employer]
            : [SignerCapacity.Student, SignerCapacity.Provider];
        review.Confirmations.AddRange(confirmers.Select(c => new ReviewConfirmation
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            Capacity = c,
            Name = c == SignerCapacity.Student ? student : $"{ReviewRules.ConfirmerName(c)} (demo)",
            ConfirmedAtUtc = nowUtc,
        }));
        review.CompletedAtUtc = nowUtc;
    }

    private static async Task<CurrentFramework> FrameworkAsync(PlacementDbContext db, CancellationToken token) =>
        new(
            await db.ProgressIndicatorAreas.AsNoTracking()
                .Where(a => a.RetiredAtUtc == null)
                .OrderBy(a => a.Position)
                .ToListAsync(token),
            await db.ProgressIndicatorLevels.AsNoTracking()
                .Where(l => l.RetiredAtUtc == null)
                .OrderBy(l => l.Position)
                .ToListAsync(token));
}

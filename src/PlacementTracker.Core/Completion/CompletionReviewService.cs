using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reviews;

namespace PlacementTracker.Core.Completion;

/// <summary>The progress-indicator areas an appraisal rates and the levels it rates them at, in order.</summary>
public sealed record AppraisalFramework(
    IReadOnlyList<ProgressIndicatorArea> Areas,
    IReadOnlyList<ProgressIndicatorLevel> Levels);

/// <summary>
/// Keeps a placement's completion review: the employer appraisal, the end-of-placement review, and what made the
/// placement succeed. Every change is refused while the record is locked and audited without its words.
/// </summary>
public sealed class CompletionReviewService(
    PlacementDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    public Task<Placement?> FindPlacementAsync(Guid placementId, Viewer viewer) =>
        scope.Placements(viewer)
            .AsNoTracking()
            .Include(p => p.Student)
            .Include(p => p.Employer)
            .SingleOrDefaultAsync(p => p.Id == placementId);

    public Task<CompletionReview?> GetAsync(Guid placementId, CancellationToken cancellationToken = default) =>
        db.CompletionReviews
            .AsNoTracking()
            .Include(r => r.Ratings)
            .SingleOrDefaultAsync(r => r.PlacementId == placementId, cancellationToken);

    public async Task<AppraisalFramework> FrameworkAsync(CancellationToken cancellationToken = default) =>
        new(
            await db.ProgressIndicatorAreas.AsNoTracking()
                .Where(a => a.RetiredAtUtc == null)
                .OrderBy(a => a.Position)
                .ToListAsync(cancellationToken),
            await db.ProgressIndicatorLevels.AsNoTracking()
                .Where(l => l.RetiredAtUtc == null)
                .OrderBy(l => l.Position)
                .ToListAsync(cancellationToken));

    public async Task<CompletionResult> SaveAppraisalAsync(
        Guid placementId, AppraisalInput input, Viewer viewer, Actor actor)
    {
        var placement = await FindPlacementAsync(placementId, viewer);
        if (placement is null || !viewer.WritesAppraisal(placement))
        {
            return CompletionResult.NotFound;
        }

        var framework = await FrameworkAsync();
        var errors = CompletionRules.Validate(
            input, [.. framework.Areas.Select(a => a.Id)], [.. framework.Levels.Select(l => l.Id)]);
        if (errors.Count > 0)
        {
            return new CompletionResult(errors);
        }

        return await ChangeAsync(placementId, input.Version, actor, review =>
        {
            ApplyRatings(review, input, framework);
            review.Strengths = input.Strengths!.Trim();
            review.AreasToDevelop = input.AreasToDevelop!.Trim();
            review.WouldOfferReference = input.WouldOfferReference;
            review.WouldOfferJob = input.WouldOfferJob;
            review.AppraisalCompletedByName = actor.Name;
            review.AppraisalCompletedAtUtc = clock.GetUtcNow().UtcDateTime;
            return (CompletionAuditActions.AppraisalSaved, "Employer appraisal saved");
        });
    }

    public async Task<CompletionResult> SaveEndOfPlacementAsync(
        Guid placementId, EndOfPlacementInput input, Viewer viewer, Actor actor)
    {
        var placement = await FindPlacementAsync(placementId, viewer);
        if (placement is null || !viewer.WritesEndOfPlacementReview(placement))
        {
            return CompletionResult.NotFound;
        }

        var errors = CompletionRules.Validate(input);
        if (errors.Count > 0)
        {
            return new CompletionResult(errors);
        }

        return await ChangeAsync(placementId, input.Version, actor, review =>
        {
            review.Reflection = input.Reflection!.Trim();
            review.Achievements = input.Achievements!.Trim();
            review.NextSteps = input.NextSteps!.Trim();
            review.EndOfPlacementCompletedByName = actor.Name;
            review.EndOfPlacementCompletedAtUtc = clock.GetUtcNow().UtcDateTime;
            return (CompletionAuditActions.EndOfPlacementReviewSaved, "End-of-placement review saved");
        });
    }

    public async Task<CompletionResult> SaveSuccessAsync(
        Guid placementId, SuccessInput input, Viewer viewer, Actor actor)
    {
        var placement = await FindPlacementAsync(placementId, viewer);
        if (placement is null || !viewer.WritesSuccessFactors(placement))
        {
            return CompletionResult.NotFound;
        }

        var errors = CompletionRules.Validate(input);
        if (errors.Count > 0)
        {
            return new CompletionResult(errors);
        }

        return await ChangeAsync(placementId, input.Version, actor, review =>
        {
            review.SuccessFactors = input.SuccessFactors!.Trim();
            review.StudentConsentsToCaseStudy = input.StudentConsentsToCaseStudy;
            review.EmployerConsentsToCaseStudy = input.EmployerConsentsToCaseStudy;
            return (CompletionAuditActions.SuccessFactorsSaved,
                $"What made the placement succeed saved; case study consent: student "
                + $"{YesNo(input.StudentConsentsToCaseStudy)}, employer {YesNo(input.EmployerConsentsToCaseStudy)}");
        });
    }

    private async Task<CompletionResult> ChangeAsync(
        Guid placementId,
        uint version,
        Actor actor,
        Func<CompletionReview, (string Action, string Summary)> change)
    {
        if (await new RecordLock(db).IsLockedAsync(placementId))
        {
            return CompletionResult.Locked;
        }

        var review = await db.CompletionReviews.Include(r => r.Ratings)
            .SingleOrDefaultAsync(r => r.PlacementId == placementId);
        if ((review?.Version ?? 0) != version)
        {
            return CompletionResult.OutOfDate;
        }

        if (review is null)
        {
            review = new CompletionReview { Id = Guid.NewGuid(), PlacementId = placementId };
            db.CompletionReviews.Add(review);
        }

        var (action, summary) = change(review);
        review.Version = version + 1;
        audit.Record(actor, action, summary, new AuditSubject("Placement", placementId.ToString()));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return CompletionResult.OutOfDate;
        }

        return CompletionResult.Saved;
    }

    /// <summary>Updates each area's rating in place, so an area is never rated twice while saving.</summary>
    private void ApplyRatings(CompletionReview review, AppraisalInput input, AppraisalFramework framework)
    {
        var stale = review.Ratings.Where(r => framework.Areas.All(a => a.Id != r.AreaId)).ToList();
        db.AppraisalRatings.RemoveRange(stale);
        foreach (var area in framework.Areas)
        {
            var level = framework.Levels.Single(l => l.Id == input.LevelByArea[area.Id]);
            var rating = review.Ratings.FirstOrDefault(r => r.AreaId == area.Id);
            if (rating is null)
            {
                rating = new AppraisalRating { Id = Guid.NewGuid(), CompletionReviewId = review.Id, AreaId = area.Id };
                review.Ratings.Add(rating);
            }

            (rating.AreaName, rating.LevelId, rating.LevelName, rating.LevelPosition) =
                (area.Name, level.Id, level.Name, level.Position);
        }
    }

    private static string YesNo(bool value) => value ? "yes" : "no";
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Plans;

namespace PlacementTracker.Core.Reviews;

/// <summary>
/// Keeps a placement's reviews: due dates, the record of each review, the student's and the employer's parts and
/// the participants' confirmations. Every change is refused from a stale copy or when the placement's record is
/// locked, and audited. A change to what a review says clears its confirmations, because each confirmation
/// vouched for the record as it then stood. Callers check who may see and do what first (<see cref="ReviewRules"/>).
/// </summary>
public sealed partial class ReviewService(
    PlacementDbContext db,
    PlanService plans,
    ProgressIndicatorFramework framework,
    RecordLock recordLock,
    AuditLog audit,
    TimeProvider clock,
    ILogger<ReviewService> logger)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);

    /// <summary>The placement's reviews in the order they fall: by the date held, or else the date due.</summary>
    public async Task<List<Review>> ListAsync(Guid placementId, CancellationToken cancellationToken = default)
    {
        var reviews = await db.Reviews
            .AsNoTracking()
            .Include(r => r.Confirmations)
            .Where(r => r.PlacementId == placementId)
            .ToListAsync(cancellationToken);
        return [.. reviews.OrderBy(r => r.HeldOn ?? r.DueOn).ThenBy(r => r.Kind)];
    }

    public Task<Review?> FindAsync(Guid placementId, Guid reviewId, CancellationToken cancellationToken = default) =>
        db.Reviews
            .AsNoTracking()
            .AsSplitQuery()
            .Include(r => r.Ratings)
            .Include(r => r.ObjectiveUpdates)
            .Include(r => r.Actions)
            .Include(r => r.Confirmations)
            .SingleOrDefaultAsync(r => r.PlacementId == placementId && r.Id == reviewId, cancellationToken);

    public async Task<EditResult> MoveDueDateAsync(
        Guid placementId,
        Guid reviewId,
        DateOnly? dueOn,
        uint version,
        Actor actor)
    {
        if (await RefusalAsync(placementId) is { } refused)
        {
            return refused;
        }

        var review = await TrackedAsync(placementId, reviewId);
        if (review is null || review.Version != version)
        {
            return EditResult.Conflicted;
        }

        if (dueOn is null)
        {
            return EditResult.Invalid("DueOn", "Enter the date the review is due");
        }

        if (review.HeldOn is not null)
        {
            return EditResult.Invalid("DueOn", "This review has been held, so its due date cannot move");
        }

        var before = review.DueOn;
        review.DueOn = dueOn;
        review.Version = version + 1;
        audit.Record(actor, AuditActions.ReviewDueDateMoved,
            $"Moved the {ReviewSchedule.Name(review.Kind).ToLowerInvariant()} "
            + $"from {before:yyyy-MM-dd} to {dueOn:yyyy-MM-dd}",
            new AuditSubject(nameof(Review), review.Id.ToString(), $"{before:yyyy-MM-dd}", $"{dueOn:yyyy-MM-dd}"));
        return await SaveAsync();
    }

    /// <summary>Adds an informal review due on <paramref name="dueOn"/>; the new review's id comes back.</summary>
    public async Task<(EditResult Result, Guid? ReviewId)> AddInformalAsync(
        Guid placementId,
        DateOnly? dueOn,
        Actor actor)
    {
        if (await RefusalAsync(placementId) is { } refused)
        {
            return (refused, null);
        }

        if (dueOn is null)
        {
            return (EditResult.Invalid("DueOn", "Enter the date of the informal review"), null);
        }

        var review = new Review
        {
            Id = Guid.NewGuid(),
            PlacementId = placementId,
            Kind = ReviewKind.Informal,
            DueOn = dueOn,
        };
        db.Reviews.Add(review);
        audit.Record(actor, AuditActions.ReviewAdded, $"Added an informal review on {dueOn:yyyy-MM-dd}",
            new AuditSubject(nameof(Review), review.Id.ToString()));
        await db.SaveChangesAsync();
        return (EditResult.Saved, review.Id);
    }

    /// <summary>
    /// Records what happened at the review. Objectives whose status changed are set through the plan, so the plan's
    /// history shows the change with the reason "review outcome"; it all saves together or not at all.
    /// </summary>
    public async Task<EditResult> RecordAsync(
        Guid placementId,
        Guid reviewId,
        uint version,
        ReviewRecordInput input,
        Actor actor)
    {
        if (await RefusalAsync(placementId) is { } refused)
        {
            return refused;
        }

        var review = await TrackedAsync(placementId, reviewId);
        if (review is null || review.Version != version)
        {
            return EditResult.Conflicted;
        }

        var current = await framework.CurrentAsync();
        var objectives = await db.Objectives.AsNoTracking()
            .Where(o => o.PlacementId == placementId && !o.Removed)
            .ToListAsync();
        var errors = await ValidateAsync(placementId, review, input, current, objectives);
        if (errors.Count > 0)
        {
            return new EditResult(errors, false);
        }

        var before = Snapshot(review);
        review.HeldOn = input.HeldOn;
        review.Attendees = ReviewRules.Tidy(input.Attendees);
        review.EmployerFeedback = ReviewRules.Tidy(input.EmployerFeedback);
        review.ProviderNotes = ReviewRules.Tidy(input.ProviderNotes);
        ApplyRatings(review, input.Ratings, current);
        ApplyObjectiveUpdates(review, input.Objectives, objectives);
        ApplyActions(review, input.Actions);
        var statusChanges = input.Objectives
            .Where(u => u.Status is { } status && objectives.Any(o => o.Id == u.ObjectiveId && o.Status != status))
            .ToList();
        return await SaveChangedAsync(review, before, version, actor, AuditActions.ReviewRecorded, "Recorded",
            statusChanges);
    }

    public async Task<EditResult> SaveEmployerPartAsync(
        Guid placementId,
        Guid reviewId,
        uint version,
        EmployerPartInput input,
        Actor actor)
    {
        if (await RefusalAsync(placementId) is { } refused)
        {
            return refused;
        }

        var review = await TrackedAsync(placementId, reviewId);
        if (review is null || review.Version != version)
        {
            return EditResult.Conflicted;
        }

        var current = await framework.CurrentAsync();
        var errors = new Dictionary<string, string>();
        ReviewRules.Text(errors, nameof(input.EmployerFeedback), input.EmployerFeedback, "Employer feedback",
            ReviewRules.MaxTextLength);
        RatingErrors(errors, input.Ratings, current, requireEvery: false);
        if (errors.Count > 0)
        {
            return new EditResult(errors, false);
        }

        var before = Snapshot(review);
        review.EmployerFeedback = ReviewRules.Tidy(input.EmployerFeedback);
        ApplyRatings(review, input.Ratings, current);
        return await SaveChangedAsync(review, before, version, actor, AuditActions.ReviewEmployerPartSaved,
            "Saved the employer's part of", []);
    }

    public async Task<EditResult> SaveStudentPartAsync(
        Guid placementId,
        Guid reviewId,
        uint version,
        string? studentFeedback,
        Actor actor)
    {
        if (await RefusalAsync(placementId) is { } refused)
        {
            return refused;
        }

        var review = await TrackedAsync(placementId, reviewId);
        if (review is null || review.Version != version)
        {
            return EditResult.Conflicted;
        }

        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(studentFeedback))
        {
            errors["StudentFeedback"] = "Enter your part of the review";
        }

        ReviewRules.Text(errors, "StudentFeedback", studentFeedback, "Your part", ReviewRules.MaxTextLength);
        if (errors.Count > 0)
        {
            return new EditResult(errors, false);
        }

        var before = Snapshot(review);
        review.StudentFeedback = ReviewRules.Tidy(studentFeedback);
        return await SaveChangedAsync(review, before, version, actor, AuditActions.ReviewStudentPartSaved,
            "Saved the student's part of", []);
    }

    /// <summary>
    /// Confirms the record of a held review in the participant's capacity; once everyone needed has confirmed, the
    /// review is complete.
    /// </summary>
    public async Task<EditResult> ConfirmAsync(
        Guid placementId,
        Guid reviewId,
        uint version,
        SignerCapacity capacity,
        Actor actor)
    {
        if (await RefusalAsync(placementId) is { } refused)
        {
            return refused;
        }

        var review = await TrackedAsync(placementId, reviewId);
        if (review is null || review.Version != version)
        {
            return EditResult.Conflicted;
        }

        if (review.HeldOn is null)
        {
            return EditResult.Invalid("", "The review has not been recorded yet: it can be confirmed once it has");
        }

        if (review.Confirmations.Any(c => c.Capacity == capacity))
        {
            return EditResult.Saved;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var confirmation = new ReviewConfirmation
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            Capacity = capacity,
            UserId = actor.UserId,
            Name = await DisplayNameAsync(actor),
            ConfirmedAtUtc = now,
        };
        review.Confirmations.Add(confirmation);
        db.ReviewConfirmations.Add(confirmation);
        var placement = await db.Placements.AsNoTracking().SingleAsync(p => p.Id == placementId);
        var confirmed = review.Confirmations.Select(c => c.Capacity).ToHashSet();
        if (ReviewRules.Confirmers(placement).All(confirmed.Contains))
        {
            review.CompletedAtUtc = now;
        }

        review.Version = version + 1;
        audit.Record(actor, AuditActions.ReviewConfirmed,
            $"Confirmed the {ReviewSchedule.Name(review.Kind).ToLowerInvariant()} "
            + $"as {ReviewRules.ConfirmerName(capacity)}",
            new AuditSubject(nameof(Review), review.Id.ToString()));
        var result = await SaveAsync();
        if (result.Succeeded)
        {
            LogConfirmed(logger, review.Id, capacity, actor.UserId);
        }

        return result;
    }

    private async Task<EditResult?> RefusalAsync(Guid placementId)
    {
        if (!await recordLock.IsLockedAsync(placementId))
        {
            return null;
        }

        LogRefused(logger, placementId);
        return EditResult.Invalid("", RecordLock.LockedMessage);
    }

    private Task<Review?> TrackedAsync(Guid placementId, Guid reviewId) =>
        db.Reviews
            .AsSplitQuery()
            .Include(r => r.Ratings)
            .Include(r => r.ObjectiveUpdates)
            .Include(r => r.Actions)
            .Include(r => r.Confirmations)
            .SingleOrDefaultAsync(r => r.PlacementId == placementId && r.Id == reviewId);

    private async Task<Dictionary<string, string>> ValidateAsync(
        Guid placementId,
        Review review,
        ReviewRecordInput input,
        CurrentFramework current,
        IReadOnlyList<Objective> objectives)
    {
        var errors = new Dictionary<string, string>();
        if (input.HeldOn is not { } heldOn)
        {
            errors[nameof(input.HeldOn)] = "Enter the date the review was held";
        }
        else if (heldOn > Today)
        {
            errors[nameof(input.HeldOn)] = "The date the review was held must be today or in the past";
        }

        if (string.IsNullOrWhiteSpace(input.Attendees))
        {
            errors[nameof(input.Attendees)] = "Enter who attended the review";
        }

        ReviewRules.Text(errors, nameof(input.Attendees), input.Attendees, "Who attended",
            ReviewRules.MaxAttendeesLength);
        ReviewRules.Text(errors, nameof(input.EmployerFeedback), input.EmployerFeedback, "Employer feedback",
            ReviewRules.MaxTextLength);
        ReviewRules.Text(errors, nameof(input.ProviderNotes), input.ProviderNotes, "Provider notes",
            ReviewRules.MaxTextLength);
        RatingErrors(errors, input.Ratings, current, requireEvery: ReviewSchedule.IsFormal(review.Kind));
        await ObjectiveErrorsAsync(errors, placementId, input.Objectives, objectives);
        ReviewRules.Actions(errors, input.Actions);
        return errors;
    }

    private static void RatingErrors(
        Dictionary<string, string> errors,
        List<RatingInput> ratings,
        CurrentFramework current,
        bool requireEvery)
    {
        for (var i = 0; i < current.Areas.Count; i++)
        {
            var area = current.Areas[i];
            var index = ratings.FindIndex(r => r.AreaId == area.Id);
            var field = $"Ratings[{(index < 0 ? i : index)}].LevelId";
            var level = index < 0 ? null : ratings[index].LevelId;
            if (level is null && requireEvery)
            {
                errors[field] = $"Select a rating for {area.Name.ToLowerInvariant()}";
            }
            else if (level is { } levelId && current.Levels.All(l => l.Id != levelId))
            {
                errors[field] = $"Select a rating for {area.Name.ToLowerInvariant()} from the list";
            }
        }
    }

    private async Task ObjectiveErrorsAsync(
        Dictionary<string, string> errors,
        Guid placementId,
        List<ObjectiveUpdateInput> updates,
        IReadOnlyList<Objective> objectives)
    {
        var cited = updates.Where(u => u.LogbookEntryId is not null).Select(u => u.LogbookEntryId!.Value).ToList();
        var ownEntries = await db.LogbookEntries
            .Where(e => e.PlacementId == placementId && cited.Contains(e.Id))
            .Select(e => e.Id)
            .ToListAsync();
        for (var i = 0; i < updates.Count; i++)
        {
            var update = updates[i];
            if (objectives.All(o => o.Id != update.ObjectiveId))
            {
                errors[$"Objectives[{i}].Status"] = "This objective is no longer on the plan: reload the page";
            }

            if (update.LogbookEntryId is { } entryId && !ownEntries.Contains(entryId))
            {
                errors[$"Objectives[{i}].LogbookEntryId"] = "Select a logbook entry of this placement";
            }

            ReviewRules.Text(errors, $"Objectives[{i}].Evidence", update.Evidence, "The evidence",
                ReviewRules.MaxTextLength);
        }
    }

    /// <summary>Sets the ratings of the areas in use; ratings of areas retired since stay as they were given.</summary>
    private void ApplyRatings(Review review, IReadOnlyList<RatingInput> ratings, CurrentFramework current)
    {
        foreach (var area in current.Areas)
        {
            var levelId = ratings.FirstOrDefault(r => r.AreaId == area.Id)?.LevelId;
            var level = current.Levels.FirstOrDefault(l => l.Id == levelId);
            var existing = review.Ratings.FirstOrDefault(r => r.AreaId == area.Id);
            if (level is null)
            {
                if (existing is not null)
                {
                    review.Ratings.Remove(existing);
                    db.ReviewRatings.Remove(existing);
                }

                continue;
            }

            if (existing is null)
            {
                existing = new ReviewRating { Id = Guid.NewGuid(), ReviewId = review.Id, AreaId = area.Id };
                review.Ratings.Add(existing);
                db.ReviewRatings.Add(existing);
            }

            if (existing.LevelId != level.Id || existing.AreaName != area.Name || existing.LevelName != level.Name)
            {
                (existing.AreaName, existing.LevelId, existing.LevelName, existing.LevelPosition) =
                    (area.Name, level.Id, level.Name, current.Levels.ToList().IndexOf(level) + 1);
            }
        }
    }

    private void ApplyObjectiveUpdates(
        Review review,
        IReadOnlyList<ObjectiveUpdateInput> updates,
        IReadOnlyList<Objective> objectives)
    {
        foreach (var objective in objectives)
        {
            var update = updates.FirstOrDefault(u => u.ObjectiveId == objective.Id);
            var existing = review.ObjectiveUpdates.FirstOrDefault(u => u.ObjectiveId == objective.Id);
            if (update?.Status is not { } status)
            {
                if (existing is not null)
                {
                    review.ObjectiveUpdates.Remove(existing);
                    db.ReviewObjectiveUpdates.Remove(existing);
                }

                continue;
            }

            if (existing is null)
            {
                existing = new ReviewObjectiveUpdate
                {
                    Id = Guid.NewGuid(),
                    ReviewId = review.Id,
                    ObjectiveId = objective.Id,
                };
                review.ObjectiveUpdates.Add(existing);
                db.ReviewObjectiveUpdates.Add(existing);
            }

            (existing.Status, existing.Evidence, existing.LogbookEntryId) =
                (status, ReviewRules.Tidy(update.Evidence), update.LogbookEntryId);
        }
    }

    private void ApplyActions(Review review, IReadOnlyList<ActionInput> actions)
    {
        var wanted = actions
            .Where(a => !string.IsNullOrWhiteSpace(a.Description))
            .Select(a => (Description: a.Description!.Trim(), Owner: a.Owner!.Trim(), a.DueOn))
            .ToList();
        var kept = review.Actions.Select(a => (a.Description, a.Owner, a.DueOn)).ToList();
        if (kept.SequenceEqual(wanted))
        {
            return;
        }

        db.ReviewActions.RemoveRange(review.Actions);
        review.Actions.Clear();
        foreach (var (description, owner, dueOn) in wanted)
        {
            var added = new ReviewAction
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                Description = description,
                Owner = owner,
                DueOn = dueOn,
            };
            review.Actions.Add(added);
            db.ReviewActions.Add(added);
        }
    }

    /// <summary>
    /// Saves a change to what the review says, if anything changed: confirmations are cleared, the version moves on,
    /// and objectives whose status changed are set through the plan, all in one transaction.
    /// </summary>
    private async Task<EditResult> SaveChangedAsync(
        Review review,
        string before,
        uint version,
        Actor actor,
        string action,
        string verb,
        List<ObjectiveUpdateInput> statusChanges)
    {
        var after = Snapshot(review);
        if (after == before && statusChanges.Count == 0)
        {
            db.ChangeTracker.Clear();
            return EditResult.Saved;
        }

        var cleared = review.Confirmations.Count > 0;
        if (cleared)
        {
            db.ReviewConfirmations.RemoveRange(review.Confirmations);
            review.Confirmations.Clear();
            review.CompletedAtUtc = null;
        }

        review.Version = version + 1;
        var name = ReviewSchedule.Name(review.Kind).ToLowerInvariant();
        audit.Record(actor, action,
            $"{verb} the {name}"
            + (cleared ? "; its confirmations were cleared, so each participant confirms again" : ""),
            new AuditSubject(nameof(Review), review.Id.ToString(), before, after));
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await SaveAsync();
        foreach (var change in statusChanges)
        {
            if (!result.Succeeded)
            {
                break;
            }

            var why = new RevisionRequest(actor, RevisionReason.ReviewOutcome,
                $"{ReviewSchedule.Name(review.Kind)} held on {review.HeldOn:d MMMM yyyy}");
            result = await plans.SetStatusAsync(review.PlacementId, change.ObjectiveId, change.ObjectiveVersion,
                change.Status!.Value, why);
        }

        if (!result.Succeeded)
        {
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            return result.Conflict ? EditResult.Conflicted : result;
        }

        await transaction.CommitAsync();
        LogChanged(logger, review.Id, action, actor.UserId);
        return result;
    }

    private async Task<EditResult> SaveAsync()
    {
        try
        {
            await db.SaveChangesAsync();
            return EditResult.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EditResult.Conflicted;
        }
    }

    private async Task<string> DisplayNameAsync(Actor actor)
    {
        var name = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync();
        return string.IsNullOrWhiteSpace(name) ? actor.Name : name;
    }

    /// <summary>What the review says, to tell whether a save changed it and for the audit log.</summary>
    private static string Snapshot(Review r) => JsonSerializer.Serialize(new
    {
        r.HeldOn,
        r.Attendees,
        r.EmployerFeedback,
        r.StudentFeedback,
        r.ProviderNotes,
        Ratings = r.Ratings.OrderBy(x => x.AreaName).Select(x => $"{x.AreaName}: {x.LevelName}"),
        Objectives = r.ObjectiveUpdates.OrderBy(x => x.ObjectiveId)
            .Select(x => new { x.ObjectiveId, Status = x.Status.ToString(), x.Evidence, x.LogbookEntryId }),
        Actions = r.Actions.Select(x => new { x.Description, x.Owner, x.DueOn }),
    });

    [LoggerMessage(Level = LogLevel.Information, Message = "Review {ReviewId}: {Action} by {UserId}")]
    private static partial void LogChanged(ILogger logger, Guid reviewId, string action, string? userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Review {ReviewId} confirmed as {Capacity} by {UserId}")]
    private static partial void LogConfirmed(ILogger logger, Guid reviewId, SignerCapacity capacity, string? userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a review change on locked placement {PlacementId}")]
    private static partial void LogRefused(ILogger logger, Guid placementId);
}

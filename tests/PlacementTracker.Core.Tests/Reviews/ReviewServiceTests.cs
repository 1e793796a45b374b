using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Core.Tests.Support;

namespace PlacementTracker.Core.Tests.Reviews;

public sealed class ReviewServiceTests : IAsyncLifetime
{
    private static readonly Actor Coordinator = new("coordinator", "Casey Coordinator");

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero));

    private CoreTestDatabase database = default!;

    private AuditLog Audit => new(database.Db, clock);

    private PlanService Plans => new(database.Db, Audit,
        new AgreementService(database.Db, Audit, clock, new RecordingMessages()), clock);

    private ProgressIndicatorFramework Framework => new(database.Db, Audit, clock);

    private ReviewService Reviews => new(database.Db, Plans, Framework, new RecordLock(database.Db), Audit, clock,
        NullLogger<ReviewService>.Instance);

    public async Task InitializeAsync()
    {
        database = await CoreTestDatabase.CreateAsync();
        await new ProgressIndicatorDefaults(database.Db).LoadIfEmptyAsync();
    }

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public void Schedule_PutsStartTwoWeeksIn_MiddleHalfway_EndTwoWeeksBeforeTheEnd()
    {
        var due = ReviewSchedule.FormalReviews(new DateOnly(2026, 9, 7), new DateOnly(2027, 1, 29));

        Assert.Equal(
            [
                (ReviewKind.Start, new DateOnly(2026, 9, 21)),
                (ReviewKind.Middle, new DateOnly(2026, 11, 18)),
                (ReviewKind.End, new DateOnly(2027, 1, 15)),
            ],
            due);
    }

    [Fact]
    public void Schedule_OnAShortPlacement_KeepsTheReviewsInOrder()
    {
        var due = ReviewSchedule.FormalReviews(new DateOnly(2026, 9, 7), new DateOnly(2026, 9, 25));

        Assert.All(due, r => Assert.Equal(new DateOnly(2026, 9, 16), r.DueOn));
    }

    [Fact]
    public async Task Scheduler_RunTwice_SchedulesTheFormalReviewsOnce()
    {
        var placement = await AddPlacementAsync();
        var scheduler = new ReviewScheduler(database.Db, Audit);

        await scheduler.ScheduleFormalReviewsAsync(placement, Coordinator);
        await database.Db.SaveChangesAsync();
        await scheduler.ScheduleFormalReviewsAsync(placement, Coordinator);
        await database.Db.SaveChangesAsync();

        var kinds = await database.Db.Reviews.Select(r => r.Kind).ToListAsync();
        Assert.Equal([ReviewKind.End, ReviewKind.Middle, ReviewKind.Start], kinds.Order().Reverse());
        Assert.Equal(1, await database.Db.AuditEvents.CountAsync(e => e.Action == AuditActions.ReviewsScheduled));
    }

    [Fact]
    public async Task MoveDueDate_FromAStaleCopy_IsRefusedAndKeepsTheFirstMove()
    {
        var (placement, review) = await ScheduledAsync();

        var first = await Reviews.MoveDueDateAsync(placement.Id, review.Id, new DateOnly(2026, 9, 25), 0, Coordinator);
        database.Db.ChangeTracker.Clear();
        var stale = await Reviews.MoveDueDateAsync(placement.Id, review.Id, new DateOnly(2026, 9, 30), 0, Coordinator);

        Assert.True(first.Succeeded);
        Assert.True(stale.Conflict);
        database.Db.ChangeTracker.Clear();
        Assert.Equal(new DateOnly(2026, 9, 25), (await database.Db.Reviews.SingleAsync(r => r.Id == review.Id)).DueOn);
        Assert.Equal(1, await database.Db.AuditEvents.CountAsync(e => e.Action == AuditActions.ReviewDueDateMoved));
    }

    [Fact]
    public async Task Record_SetsObjectiveStatusThroughThePlanWithReasonReviewOutcome()
    {
        var (placement, review) = await ScheduledAsync();
        var objective = await AddObjectiveAsync(placement);

        var result = await Reviews.RecordAsync(placement.Id, review.Id, review.Version,
            await InputAsync(objective, ObjectiveStatus.Achieved), Coordinator);

        Assert.Empty(result.Errors);
        Assert.False(result.Conflict);
        database.Db.ChangeTracker.Clear();
        Assert.Equal(ObjectiveStatus.Achieved, (await database.Db.Objectives.SingleAsync()).Status);
        var revision = await database.Db.ObjectiveRevisions.OrderByDescending(r => r.RevisedAtUtc).FirstAsync();
        Assert.Equal(RevisionReason.ReviewOutcome, revision.Reason);
        Assert.Contains("Status: In progress → Achieved", revision.Changes, StringComparison.Ordinal);
        var saved = await Reviews.FindAsync(placement.Id, review.Id);
        Assert.Equal(9, saved!.Ratings.Count);
        Assert.Equal("Needs improvement", saved.Ratings.Single(r => r.AreaName == "Timekeeping").LevelName);
        Assert.Equal(1, saved.Ratings.Single(r => r.AreaName == "Timekeeping").LevelPosition);
        Assert.Equal("Tutor", saved.Actions.Single().Owner);
    }

    [Fact]
    public async Task Record_FormalReviewWithAnAreaUnrated_IsRefusedAndChangesNothing()
    {
        var (placement, review) = await ScheduledAsync();
        var objective = await AddObjectiveAsync(placement);
        var input = await InputAsync(objective, ObjectiveStatus.Achieved);
        input.Ratings[2].LevelId = null;

        var result = await Reviews.RecordAsync(placement.Id, review.Id, review.Version, input, Coordinator);

        Assert.Equal("Select a rating for communication", result.Errors["Ratings[2].LevelId"]);
        database.Db.ChangeTracker.Clear();
        Assert.Null((await database.Db.Reviews.SingleAsync(r => r.Id == review.Id)).HeldOn);
        Assert.Equal(ObjectiveStatus.InProgress, (await database.Db.Objectives.SingleAsync()).Status);
    }

    [Fact]
    public async Task Record_CitingAnotherPlacementsLogbookEntry_IsRefused()
    {
        var (placement, review) = await ScheduledAsync();
        var objective = await AddObjectiveAsync(placement);
        var input = await InputAsync(objective, ObjectiveStatus.Achieved);
        input.Objectives[0].LogbookEntryId = Guid.NewGuid();

        var result = await Reviews.RecordAsync(placement.Id, review.Id, review.Version, input, Coordinator);

        Assert.Equal("Select a logbook entry of this placement", result.Errors["Objectives[0].LogbookEntryId"]);
    }

    [Fact]
    public async Task Confirm_ByEveryParticipant_CompletesTheReview_AndAnEditClearsTheConfirmations()
    {
        var (placement, review) = await ScheduledAsync();
        var objective = await AddObjectiveAsync(placement);
        Assert.True((await Reviews.RecordAsync(placement.Id, review.Id, 0,
            await InputAsync(objective, ObjectiveStatus.InProgress), Coordinator)).Succeeded);
        var version = 1u;
        // No supervisor is linked to this placement, so the student and the provider complete it.
        foreach (var capacity in new[] { SignerCapacity.Student, SignerCapacity.Provider })
        {
            database.Db.ChangeTracker.Clear();
            Assert.True((await Reviews.ConfirmAsync(placement.Id, review.Id, version++, capacity, Coordinator))
                .Succeeded);
        }

        database.Db.ChangeTracker.Clear();
        Assert.NotNull((await Reviews.FindAsync(placement.Id, review.Id))!.CompletedAtUtc);

        var edited = await Reviews.SaveStudentPartAsync(placement.Id, review.Id, version, "Changed my mind",
            new Actor("student", "Ada"));

        Assert.True(edited.Succeeded);
        database.Db.ChangeTracker.Clear();
        var after = await Reviews.FindAsync(placement.Id, review.Id);
        Assert.Empty(after!.Confirmations);
        Assert.Null(after.CompletedAtUtc);
    }

    [Fact]
    public async Task Confirm_BeforeTheReviewIsRecorded_IsRefused()
    {
        var (placement, review) = await ScheduledAsync();

        var result = await Reviews.ConfirmAsync(placement.Id, review.Id, 0, SignerCapacity.Student, Coordinator);

        Assert.Equal("The review has not been recorded yet: it can be confirmed once it has", result.Errors[""]);
    }

    [Fact]
    public async Task FrameworkChanges_DoNotRewriteRatingsAlreadyGiven()
    {
        var (placement, review) = await ScheduledAsync();
        var objective = await AddObjectiveAsync(placement);
        Assert.True((await Reviews.RecordAsync(placement.Id, review.Id, 0,
            await InputAsync(objective, ObjectiveStatus.InProgress), Coordinator)).Succeeded);
        database.Db.ChangeTracker.Clear();
        var areas = await Framework.AllAsync(FrameworkPart.Area);
        var levels = await Framework.AllAsync(FrameworkPart.Level);

        Assert.Equal(FrameworkChange.Done, await Framework.RenameAsync(FrameworkPart.Area,
            areas.Single(a => a.Name == "Timekeeping").Id, "Punctuality", Coordinator));
        Assert.Equal(FrameworkChange.Done, await Framework.RenameAsync(FrameworkPart.Level,
            levels[0].Id, "Not yet", Coordinator));
        Assert.Equal(FrameworkChange.Done, await Framework.RetireAsync(FrameworkPart.Area,
            areas.Single(a => a.Name == "Resilience").Id, Coordinator));
        Assert.Equal(FrameworkChange.Done, await Framework.MoveAsync(FrameworkPart.Level, levels[2].Id, true,
            Coordinator));

        database.Db.ChangeTracker.Clear();
        var saved = await Reviews.FindAsync(placement.Id, review.Id);
        var timekeeping = saved!.Ratings.Single(r => r.AreaId == areas.Single(a => a.Name == "Timekeeping").Id);
        Assert.Equal(("Timekeeping", "Needs improvement", 1),
            (timekeeping.AreaName, timekeeping.LevelName, timekeeping.LevelPosition));
        Assert.Contains(saved.Ratings, r => r.AreaName == "Resilience");
        var current = await Framework.CurrentAsync();
        Assert.DoesNotContain(current.Areas, a => a.Name == "Resilience");
        Assert.Contains(current.Areas, a => a.Name == "Punctuality");
        Assert.Equal(["Not yet", "Excellent", "Good"], current.Levels.Select(l => l.Name));
    }

    [Fact]
    public async Task Framework_RefusesADuplicateName_AndRetiringTheLastTwoLevels()
    {
        var levels = await Framework.AllAsync(FrameworkPart.Level);
        Assert.Equal(FrameworkChange.Done, await Framework.RetireAsync(FrameworkPart.Level, levels[0].Id, Coordinator));

        var duplicate = await Framework.AddAsync(FrameworkPart.Area, " teamwork ", Coordinator);
        var retire = await Framework.RetireAsync(FrameworkPart.Level, levels[1].Id, Coordinator);

        Assert.Equal("There is already an area called teamwork", duplicate);
        Assert.Equal("Keep at least two levels: add another before retiring this one", retire!.Problem);
    }

    [Fact]
    public async Task EveryChange_WhenThePlacementIsLocked_IsRefused()
    {
        var (placement, review) = await ScheduledAsync();
        var industry = await database.Db.IndustryPlacements.SingleAsync();
        industry.RecordLockedAtUtc = clock.GetUtcNow().UtcDateTime;
        await database.Db.SaveChangesAsync();
        database.Db.ChangeTracker.Clear();

        var results = new[]
        {
            await Reviews.MoveDueDateAsync(placement.Id, review.Id, new DateOnly(2026, 10, 1), 0, Coordinator),
            (await Reviews.AddInformalAsync(placement.Id, new DateOnly(2026, 10, 1), Coordinator)).Result,
            await Reviews.RecordAsync(placement.Id, review.Id, 0, new ReviewRecordInput(), Coordinator),
            await Reviews.SaveStudentPartAsync(placement.Id, review.Id, 0, "Mine", Coordinator),
            await Reviews.SaveEmployerPartAsync(placement.Id, review.Id, 0, new EmployerPartInput(), Coordinator),
            await Reviews.ConfirmAsync(placement.Id, review.Id, 0, SignerCapacity.Provider, Coordinator),
        };

        Assert.All(results, r => Assert.Equal(RecordLock.LockedMessage, r.Errors[""]));
        Assert.Equal(3, await database.Db.Reviews.CountAsync());
    }

    private async Task<ReviewRecordInput> InputAsync(Objective objective, ObjectiveStatus status)
    {
        var current = await Framework.CurrentAsync();
        var good = current.Levels[1].Id;
        return new ReviewRecordInput
        {
            HeldOn = new DateOnly(2026, 9, 21),
            Attendees = "Ada, her supervisor and her tutor",
            EmployerFeedback = "Settling in well",
            Ratings =
            [
                .. current.Areas.Select(a => new RatingInput
                {
                    AreaId = a.Id,
                    LevelId = a.Name == "Timekeeping" ? current.Levels[0].Id : good,
                }),
            ],
            Objectives =
            [
                new ObjectiveUpdateInput
                {
                    ObjectiveId = objective.Id, ObjectiveVersion = objective.Version, Status = status,
                    Evidence = "Three fixes merged",
                },
            ],
            Actions = [new ActionInput { Description = "Book the middle review", Owner = "Tutor" }],
        };
    }

    private async Task<(Placement Placement, Review Review)> ScheduledAsync()
    {
        var placement = await AddPlacementAsync();
        await new ReviewScheduler(database.Db, Audit).ScheduleFormalReviewsAsync(placement, Coordinator);
        await database.Db.SaveChangesAsync();
        database.Db.ChangeTracker.Clear();
        return (placement, await database.Db.Reviews.AsNoTracking().SingleAsync(r => r.Kind == ReviewKind.Start));
    }

    private async Task<Objective> AddObjectiveAsync(Placement placement)
    {
        var input = new ObjectiveInput(ObjectiveCategory.Objective, ObjectiveKind.TechnicalSkill, "Fix defects",
            "Debugging", null, null, null, ObjectiveStatus.InProgress);
        Assert.True((await Plans.AddAsync(placement.Id, input,
            new RevisionRequest(Coordinator, RevisionReason.WorkplaceChange))).Succeeded);
        database.Db.ChangeTracker.Clear();
        clock.Advance(TimeSpan.FromMinutes(1));
        return await database.Db.Objectives.AsNoTracking().SingleAsync();
    }

    private async Task<Placement> AddPlacementAsync()
    {
        var records = TestPlacement.Create(new DateOnly(2026, 9, 7), PlacementStatus.Active);
        var placement = records.Placement;
        database.Db.AddRange(records.Records);
        await database.Db.SaveChangesAsync();
        database.Db.ChangeTracker.Clear();
        return placement;
    }
}

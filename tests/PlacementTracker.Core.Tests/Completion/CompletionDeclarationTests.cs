using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Feedback;
using PlacementTracker.Core.Logbook;
using PlacementTracker.Core.Monitoring;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Reminders;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Students;
using PlacementTracker.Core.Tests.Support;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Tests.Completion;

public sealed class CompletionDeclarationTests : IAsyncLifetime
{
    private static readonly Actor System = Actor.System;

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2027, 2, 1, 10, 0, 0, TimeSpan.Zero));
    private CoreTestDatabase database = default!;
    private People people = default!;

    private AuditLog Audit => new(database.Db, clock);

    private ProgressService Progress =>
        new(database.Db, new ProviderSettingsStore(database.Db, Audit), clock);

    private DeclarationService Declarations => new(database.Db, Progress, Audit, clock);

    private AgreementService Agreements => new(database.Db, Audit, clock, new RecordingMessages());

    public async Task InitializeAsync()
    {
        database = await CoreTestDatabase.CreateAsync();
        await new ProviderSettingsStore(database.Db, Audit).EnsureCreatedAsync();
        people = await ReadyPlacementAsync();
    }

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task Generate_WhenEveryConditionHolds_CreatesTheDeclaration()
    {
        var outcome = await Declarations.GenerateAsync(people.PlacementId, people.Coordinator, System);

        Assert.Equal(DeclarationOutcome.Done, outcome);
        var state = (await Declarations.GetAsync(people.PlacementId))!;
        Assert.All(state.Facts.Conditions(), c => Assert.True(c.Met, c.Name));
        Assert.Contains("Counted hours, across every employer: 7h", state.Declaration!.Current.Content,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hours")]
    [InlineData("Start review held")]
    [InlineData("Middle review held")]
    [InlineData("End review held")]
    [InlineData("Employer appraisal done")]
    [InlineData("End-of-placement review done")]
    [InlineData("Placement agreement signed")]
    public async Task Generate_WhenAConditionIsUnmet_IsRefusedAndNamesIt(string condition)
    {
        await BreakAsync(condition);

        var outcome = await Declarations.GenerateAsync(people.PlacementId, people.Coordinator, System);

        Assert.Equal(DeclarationOutcome.ConditionsUnmet, outcome);
        var state = (await Declarations.GetAsync(people.PlacementId))!;
        Assert.Null(state.Declaration);
        Assert.Equal([condition], state.Facts.Conditions().Where(c => !c.Met).Select(c => c.Name));
    }

    [Fact]
    public async Task Hours_BelowRequired_WithSpecialConsideration_CountAsMet()
    {
        await BreakAsync("Hours");
        var recorded = await new SpecialConsiderationService(database.Db, new AccessScope(database.Db), Audit)
            .RecordAsync(people.PlacementId, new SpecialConsiderationInput(["ML", "B"], 6, "Letter from the GP"),
                people.Coordinator, System);

        Assert.True(recorded.Succeeded);
        Assert.Equal(DeclarationOutcome.Done,
            await Declarations.GenerateAsync(people.PlacementId, people.Coordinator, System));
        var industry = await database.Db.IndustryPlacements.AsNoTracking().SingleAsync();
        Assert.Equal("B,ML", industry.SpecialConsiderationReasonCodes);
        Assert.Single(await AuditedAsync(CompletionAuditActions.SpecialConsiderationRecorded));
    }

    [Theory]
    [InlineData(new string[0], 6, "Reasons missing")]
    [InlineData(new[] { "ML", "ML" }, 6, "Repeated reason")]
    [InlineData(new[] { "ZZ" }, 6, "Unknown reason")]
    [InlineData(new[] { "ML" }, 0, "Too few hours")]
    [InlineData(new[] { "ML" }, 1000, "Too many hours")]
    public async Task SpecialConsideration_WithBadInput_IsRefused(string[] codes, int hours, string because)
    {
        var result = await new SpecialConsiderationService(database.Db, new AccessScope(database.Db), Audit)
            .RecordAsync(people.PlacementId, new SpecialConsiderationInput(codes, hours, "Evidence"),
                people.Coordinator, System);

        Assert.False(result.Succeeded, because);
        Assert.Null((await database.Db.IndustryPlacements.AsNoTracking().SingleAsync())
            .SpecialConsiderationReasonCodes);
    }

    [Fact]
    public async Task Sign_ByProviderAndEmployer_LocksTheRecord()
    {
        await SignFullyAsync();

        var industry = await database.Db.IndustryPlacements.AsNoTracking().SingleAsync();
        Assert.NotNull(industry.RecordLockedAtUtc);
        Assert.True(await new RecordLock(database.Db).IsLockedAsync(people.PlacementId));
        Assert.Single(await AuditedAsync(CompletionAuditActions.RecordLocked));
    }

    [Fact]
    public async Task Sign_ByOnlyOneSigner_DoesNotLock()
    {
        await Declarations.GenerateAsync(people.PlacementId, people.Coordinator, System);
        var hash = (await Declarations.GetAsync(people.PlacementId))!.Declaration!.Current.ContentHash;

        await Declarations.SignAsync(people.PlacementId, SignerCapacity.Provider, hash, people.Coordinator, System);

        Assert.False(await new RecordLock(database.Db).IsLockedAsync(people.PlacementId));
    }

    [Fact]
    public async Task Sign_WithAnotherHashOrAsTheWrongPerson_IsRefused()
    {
        await Declarations.GenerateAsync(people.PlacementId, people.Coordinator, System);
        var hash = (await Declarations.GetAsync(people.PlacementId))!.Declaration!.Current.ContentHash;

        Assert.Equal(DeclarationOutcome.ContentChanged, await Declarations.SignAsync(
            people.PlacementId, SignerCapacity.Employer, new string('0', 64), people.Supervisor, System));
        Assert.Equal(DeclarationOutcome.NotAllowed, await Declarations.SignAsync(
            people.PlacementId, SignerCapacity.Employer, hash, people.Coordinator, System));
        Assert.Equal(DeclarationOutcome.NotAllowed, await Declarations.SignAsync(
            people.PlacementId, SignerCapacity.Student, hash, people.Student, System));
        Assert.Empty(await database.Db.Signatures.Where(s => s.DocumentId != people.AgreementId).ToListAsync());
    }

    [Fact]
    public async Task ChangeAfterSigning_VoidsTheSignatures()
    {
        await Declarations.GenerateAsync(people.PlacementId, people.Coordinator, System);
        var first = (await Declarations.GetAsync(people.PlacementId))!.Declaration!.Current;
        await Declarations.SignAsync(people.PlacementId, SignerCapacity.Provider, first.ContentHash,
            people.Coordinator, System);

        await ApproveHoursAsync(new DateOnly(2026, 9, 14), 120);
        var state = (await Declarations.GetAsync(people.PlacementId))!;

        Assert.NotEqual(first.ContentHash, state.Declaration!.Current.ContentHash);
        Assert.Null(state.Declaration.SignatureAs(SignerCapacity.Provider));
        Assert.Single(state.VoidedSignatures);
        Assert.Single(await AuditedAsync(CompletionAuditActions.DeclarationVoided));
    }

    [Fact]
    public async Task Refresh_WithNoChange_KeepsTheSignatures()
    {
        await Declarations.GenerateAsync(people.PlacementId, people.Coordinator, System);
        var hash = (await Declarations.GetAsync(people.PlacementId))!.Declaration!.Current.ContentHash;
        await Declarations.SignAsync(people.PlacementId, SignerCapacity.Provider, hash, people.Coordinator, System);

        var state = (await Declarations.GetAsync(people.PlacementId))!;

        Assert.Equal(hash, state.Declaration!.Current.ContentHash);
        Assert.NotNull(state.Declaration.SignatureAs(SignerCapacity.Provider));
    }

    [Fact]
    public async Task Locked_RefusesWritesThroughEveryService()
    {
        await SignFullyAsync();
        var db = database.Db;
        var scope = new AccessScope(db);
        var coordinatorActor = new Actor(people.Coordinator.UserId, "Cara Coordinator");
        var timesheets = new TimesheetService(db, scope, Audit, new NoTimesheetMessages(), clock,
            NullLogger<TimesheetService>.Instance);
        var plans = new PlanService(db, Audit, Agreements, clock);
        var placements = new PlacementService(db, scope, Audit, new ProviderSettingsStore(db, Audit), Agreements,
            new ReviewScheduler(db, Audit), clock, NullLogger<PlacementService>.Instance);
        var objective = await db.Objectives.AsNoTracking().FirstAsync();

        var entry = await timesheets.AddEntryAsync(people.PlacementId,
            new TimeEntryInput(new DateOnly(2026, 9, 21), null, null, 60, TimeEntryKind.OnSite, null),
            people.Coordinator, coordinatorActor);
        var note = new FeedbackInput
        {
            Date = new DateOnly(2027, 1, 5),
            Area = FeedbackArea.Performance,
            Tone = FeedbackTone.Praise,
            Text = "Great",
        };
        var feedback = await new FeedbackService(db, Audit, clock).AddAsync(people.PlacementId, note,
            coordinatorActor);
        var logbook = await new LogbookService(db, Audit, clock).AddAsync(people.PlacementId,
            new LogbookInput { Date = new DateOnly(2027, 1, 5), WhatIDid = "Tests", Reflection = "Useful" },
            coordinatorActor);
        var plan = await plans.RemoveAsync(people.PlacementId, objective.Id, objective.Version,
            new RevisionRequest(coordinatorActor, RevisionReason.WorkplaceChange, "Tidy"));
        var status = await placements.ChangeStatusAsync(people.PlacementId, PlacementStatus.OnHold, "Pause",
            (await db.Placements.AsNoTracking().SingleAsync()).Version, people.Coordinator, coordinatorActor);
        var review = await new CompletionReviewService(db, scope, Audit, clock).SaveEndOfPlacementAsync(
            people.PlacementId, new EndOfPlacementInput("More", "More", "More", 1), people.Coordinator,
            coordinatorActor);
        var special = await new SpecialConsiderationService(db, scope, Audit).RecordAsync(people.PlacementId,
            new SpecialConsiderationInput(["ML"], 5, "Letter"), people.Coordinator, coordinatorActor);
        var agreementHash = (await Agreements.StoredHashAsync(people.PlacementId))!;
        var agreement = await Agreements.SignAsync(people.PlacementId, SignerCapacity.Provider, agreementHash,
            people.Coordinator);

        Assert.Contains(RecordLock.LockedMessage, entry.Errors.Values);
        Assert.Contains(RecordLock.LockedMessage, feedback.Values);
        Assert.Contains(RecordLock.LockedMessage, logbook.Errors.Values);
        Assert.Contains(RecordLock.LockedMessage, plan.Errors.Values);
        Assert.Contains(RecordLock.LockedMessage, status.Errors.Values);
        Assert.Contains(RecordLock.LockedMessage, review.Errors.Values);
        Assert.Contains(RecordLock.LockedMessage, special.Errors.Values);
        Assert.Equal(SignOutcome.Locked, agreement);
        db.ChangeTracker.Clear();
        Assert.Equal(1, await db.TimeEntries.CountAsync());
        Assert.Equal(0, await db.FeedbackNotes.CountAsync());
        Assert.Equal(0, await db.LogbookEntries.CountAsync());
        Assert.False((await db.Objectives.SingleAsync(o => o.Id == objective.Id)).Removed);
        Assert.Equal(PlacementStatus.Completed, (await db.Placements.SingleAsync()).Status);
    }

    [Fact]
    public async Task Sign_ByProviderAndEmployer_CompletesThePlacementWithWhoWhenAndWhy()
    {
        await Declarations.GenerateAsync(people.PlacementId, people.Coordinator, System);
        var hash = (await Declarations.GetAsync(people.PlacementId))!.Declaration!.Current.ContentHash;
        await Declarations.SignAsync(people.PlacementId, SignerCapacity.Provider, hash, people.Coordinator, System);
        Assert.Equal(PlacementStatus.Active, (await database.Db.Placements.AsNoTracking().SingleAsync()).Status);

        clock.Advance(TimeSpan.FromHours(2));
        await Declarations.SignAsync(people.PlacementId, SignerCapacity.Employer, hash, people.Supervisor,
            new Actor(people.Supervisor.UserId, "supervisor@test"));

        Assert.Equal(PlacementStatus.Completed, (await database.Db.Placements.AsNoTracking().SingleAsync()).Status);
        var change = await database.Db.PlacementStatusChanges.AsNoTracking().SingleAsync();
        Assert.Equal(
            (PlacementStatus.Active, PlacementStatus.Completed, PlacementStatusFlow.DeclarationSignedReason,
                people.Supervisor.UserId, "Sam Supervisor", clock.GetUtcNow().UtcDateTime),
            (change.From!.Value, change.To, change.Reason, change.ChangedByUserId, change.ChangedByName,
                change.ChangedAtUtc));
        Assert.Single(await AuditedAsync(AuditActions.PlacementStatusChanged));
    }

    [Fact]
    public async Task Sign_WhenThePlacementIsOnHold_LocksButKeepsTheStatusTheFlowCannotLeave()
    {
        (await database.Db.Placements.SingleAsync()).Status = PlacementStatus.OnHold;
        await database.Db.SaveChangesAsync();

        await SignFullyAsync();

        Assert.True(await new RecordLock(database.Db).IsLockedAsync(people.PlacementId));
        Assert.Equal(PlacementStatus.OnHold, (await database.Db.Placements.AsNoTracking().SingleAsync()).Status);
        Assert.Empty(await database.Db.PlacementStatusChanges.AsNoTracking().ToListAsync());
    }

    [Fact]
    public async Task Completed_LeavesTheCaseloadAndItsReminders()
    {
        var db = database.Db;
        var viewer = people.Coordinator;
        var loader = new CaseloadLoader(db, new AccessScope(db), Progress, new ProviderSettingsStore(db, Audit),
            clock);
        await AddSubmittedWeekAsync(new DateOnly(2027, 1, 18));
        var logbook = new LogbookStaleReminders(db, new ReminderOptions());
        var today = new DateOnly(2027, 1, 20);
        Assert.Single((await loader.LoadAsync(viewer, new CaseloadFilter(), CancellationToken.None)).Entries);
        Assert.Single(await AwaitingApprovalAsync());
        Assert.Single(await logbook.FindAsync(today));

        await SignFullyAsync();

        Assert.Empty((await loader.LoadAsync(viewer, new CaseloadFilter(), CancellationToken.None)).Entries);
        Assert.Empty(await AwaitingApprovalAsync());
        Assert.Empty(await logbook.FindAsync(today));
    }

    [Fact]
    public async Task Reopen_MovesTheCompletedPlacementBackToActiveWithTheReason()
    {
        await SignFullyAsync();

        await Declarations.ReopenAsync(people.PlacementId, "Hours wrongly approved", people.Coordinator,
            new Actor(people.Coordinator.UserId, "coordinator@test"));

        Assert.Equal(PlacementStatus.Active, (await database.Db.Placements.AsNoTracking().SingleAsync()).Status);
        var back = await database.Db.PlacementStatusChanges.AsNoTracking()
            .SingleAsync(c => c.To == PlacementStatus.Active);
        Assert.Equal(
            (PlacementStatus.Completed, "Completion record reopened: Hours wrongly approved", "Cara Coordinator"),
            (back.From!.Value, back.Reason, back.ChangedByName));

        var hash = (await Declarations.GetAsync(people.PlacementId))!.Declaration!.Current.ContentHash;
        await Declarations.SignAsync(people.PlacementId, SignerCapacity.Provider, hash, people.Coordinator, System);
        await Declarations.SignAsync(people.PlacementId, SignerCapacity.Employer, hash, people.Supervisor, System);
        Assert.Equal(PlacementStatus.Completed, (await database.Db.Placements.AsNoTracking().SingleAsync()).Status);
    }

    [Fact]
    public async Task Reopen_WithoutAReason_IsRefused()
    {
        await SignFullyAsync();

        var result = await Declarations.ReopenAsync(people.PlacementId, " ", people.Coordinator, System);

        Assert.False(result.Succeeded);
        Assert.True(await new RecordLock(database.Db).IsLockedAsync(people.PlacementId));
    }

    [Fact]
    public async Task Reopen_ByTheSupervisor_IsNotFound()
    {
        await SignFullyAsync();

        var result = await Declarations.ReopenAsync(people.PlacementId, "Mine now", people.Supervisor, System);

        Assert.True(result.Missing);
        Assert.True(await new RecordLock(database.Db).IsLockedAsync(people.PlacementId));
    }

    [Fact]
    public async Task Reopen_WithAReason_UnlocksVoidsTheSignaturesAndIsAudited()
    {
        await SignFullyAsync();

        var result = await Declarations.ReopenAsync(people.PlacementId, "Hours wrongly approved", people.Coordinator,
            new Actor(people.Coordinator.UserId, "Cara Coordinator"));

        Assert.True(result.Succeeded);
        Assert.False(await new RecordLock(database.Db).IsLockedAsync(people.PlacementId));
        var state = (await Declarations.GetAsync(people.PlacementId))!;
        Assert.False(state.Declaration!.IsFullySigned);
        Assert.Equal(2, state.VoidedSignatures.Count);
        var reopened = Assert.Single(await AuditedAsync(CompletionAuditActions.RecordReopened));
        Assert.Contains("Hours wrongly approved", reopened.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidencePack_HoldsEverySection()
    {
        await SignFullyAsync();

        var pack = (await new EvidencePack(database.Db, Progress).BuildAsync(people.PlacementId))!;
        var text = pack.ToPlainText();

        Assert.Equal(
            ["Placement agreement", "Plan and its revisions", "Hours and approved timesheets", "Reviews",
                "Employer appraisal", "End-of-placement review", "Completion declaration"],
            pack.Sections.Select(s => s.Heading));
        Assert.Contains("Week of 7 September 2026: 7h, approved by Sam Supervisor", text, StringComparison.Ordinal);
        Assert.Contains("Strengths: Careful and curious", text, StringComparison.Ordinal);
        Assert.Contains("Provider: Cara Coordinator", text, StringComparison.Ordinal);
    }

    private async Task SignFullyAsync()
    {
        Assert.Equal(DeclarationOutcome.Done,
            await Declarations.GenerateAsync(people.PlacementId, people.Coordinator, System));
        var hash = (await Declarations.GetAsync(people.PlacementId))!.Declaration!.Current.ContentHash;
        Assert.Equal(DeclarationOutcome.Done, await Declarations.SignAsync(
            people.PlacementId, SignerCapacity.Provider, hash, people.Coordinator, System));
        Assert.Equal(DeclarationOutcome.Done, await Declarations.SignAsync(
            people.PlacementId, SignerCapacity.Employer, hash, people.Supervisor, System));
    }

    private async Task BreakAsync(string condition)
    {
        var db = database.Db;
        switch (condition)
        {
            case "Hours":
                (await db.IndustryPlacements.SingleAsync()).RequiredHours = 8;
                break;
            case "Start review held" or "Middle review held" or "End review held":
                var kind = Enum.Parse<ReviewKind>(condition.Split(' ')[0]);
                (await db.Reviews.SingleAsync(r => r.Kind == kind)).HeldOn = null;
                break;
            case "Employer appraisal done":
                (await db.CompletionReviews.SingleAsync()).AppraisalCompletedAtUtc = null;
                break;
            case "End-of-placement review done":
                (await db.CompletionReviews.SingleAsync()).EndOfPlacementCompletedAtUtc = null;
                break;
            case "Placement agreement signed":
                db.Signatures.Remove(await db.Signatures.FirstAsync(s => s.Capacity == SignerCapacity.Student));
                break;
        }

        await db.SaveChangesAsync();
    }

    private async Task<IReadOnlyList<DueReminder>> AwaitingApprovalAsync() =>
        await new TimesheetAwaitingApprovalReminders(database.Db, new ReminderOptions())
            .FindAsync(new DateOnly(2027, 2, 1));

    private async Task AddSubmittedWeekAsync(DateOnly weekStart)
    {
        database.Db.Timesheets.Add(new Timesheet
        {
            Id = Guid.NewGuid(),
            PlacementId = people.PlacementId,
            WeekStart = weekStart,
            Status = TimesheetStatus.Submitted,
            SubmittedAtUtc = new DateTime(2027, 1, 22, 16, 0, 0, DateTimeKind.Utc),
        });
        await database.Db.SaveChangesAsync();
    }

    private async Task ApproveHoursAsync(DateOnly date, int minutes)
    {
        var week = TimeRules.WeekStart(date);
        database.Db.TimeEntries.Add(new TimeEntry
        {
            Id = Guid.NewGuid(),
            PlacementId = people.PlacementId,
            Date = date,
            WeekStart = week,
            Minutes = minutes,
            Kind = TimeEntryKind.OnSite,
            RecordedByName = "Amara Okafor",
        });
        database.Db.Timesheets.Add(new Timesheet
        {
            Id = Guid.NewGuid(),
            PlacementId = people.PlacementId,
            WeekStart = week,
            Status = TimesheetStatus.Approved,
            DecidedByName = "Sam Supervisor",
            DecidedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await database.Db.SaveChangesAsync();
    }

    /// <summary>
    /// A placement where every completion condition holds: 7 of 7 required hours approved, the three formal reviews
    /// held, the appraisal and end-of-placement review done, and the agreement signed by all three.
    /// </summary>
    private async Task<People> ReadyPlacementAsync()
    {
        var student = await CreateUserAsync("student@test", "Amara Okafor", Roles.Student);
        var supervisor = await CreateUserAsync("supervisor@test", "Sam Supervisor", Roles.EmployerSupervisor);
        var coordinator = await CreateUserAsync("coordinator@test", "Cara Coordinator", Roles.PlacementCoordinator);
        var db = database.Db;
        var learner = new Student
        {
            Id = Guid.NewGuid(),
            Uln = "1234567890",
            StudentNumber = "S1",
            GivenName = "Amara",
            FamilyName = "Okafor",
            CoreCode = "60358324",
            SpecialismCode = "ZTLOS005",
            Cohort = "2025 to 2027",
            UserId = student.UserId,
        };
        var employer = new Employer { Id = Guid.NewGuid(), Reference = "E1", Name = "Brightwater Digital" };
        var placement = new Placement
        {
            Id = Guid.NewGuid(),
            StudentId = learner.Id,
            IndustryPlacementId = learner.Id,
            EmployerId = employer.Id,
            SupervisorUserId = supervisor.UserId,
            RoleTitle = "Junior developer",
            PlannedStart = new DateOnly(2026, 9, 7),
            PlannedEnd = new DateOnly(2027, 1, 29),
            WorkingDays = WorkingDays.Monday,
            PlannedHours = 7,
            Status = PlacementStatus.Active,
        };
        var plan = new PlacementPlan { PlacementId = placement.Id };
        plan.Objectives.Add(new Objective
        {
            Id = Guid.NewGuid(),
            Description = "Build a small web form",
            Kind = ObjectiveKind.TechnicalSkill,
        });
        db.AddRange(learner, employer);
        db.IndustryPlacements.Add(new IndustryPlacement { Id = learner.Id, StudentId = learner.Id, RequiredHours = 7 });
        db.AddRange(placement, plan);
        db.Reviews.AddRange(DeclarationFacts.FormalReviews.Select((kind, i) => new Review
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            Kind = kind,
            HeldOn = new DateOnly(2026, 9, 14).AddDays(42 * i),
        }));
        var review = new CompletionReview
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            Strengths = "Careful and curious",
            AreasToDevelop = "Speaking up",
            WouldOfferReference = true,
            WouldOfferJob = false,
            AppraisalCompletedAtUtc = new DateTime(2027, 1, 25, 12, 0, 0, DateTimeKind.Utc),
            Reflection = "I learned a lot",
            Achievements = "Shipped a form",
            NextSteps = "Apprenticeship",
            EndOfPlacementCompletedAtUtc = new DateTime(2027, 1, 26, 12, 0, 0, DateTimeKind.Utc),
            Version = 1,
        };
        db.CompletionReviews.Add(review);
        await db.SaveChangesAsync();
        people = new People(placement.Id, student, supervisor, coordinator, Guid.Empty);
        await ApproveHoursAsync(new DateOnly(2026, 9, 7), 420);
        var agreement = (await Agreements.RefreshAsync(placement.Id, System))!.Current;
        db.Signatures.AddRange(Enum.GetValues<SignerCapacity>().Select(capacity => new Signature
        {
            Id = Guid.NewGuid(),
            DocumentId = agreement.Id,
            Capacity = capacity,
            SignerName = capacity.ToString(),
            SignedAtUtc = clock.GetUtcNow().UtcDateTime,
            ContentHash = agreement.ContentHash,
        }));
        await db.SaveChangesAsync();
        return people with { AgreementId = agreement.Id };
    }

    private async Task<Viewer> CreateUserAsync(string email, string name, string role)
    {
        var user = new AppUser { UserName = email, Email = email, DisplayName = name };
        Assert.True((await database.Users.CreateAsync(user)).Succeeded);
        Assert.True((await database.Users.AddToRoleAsync(user, role)).Succeeded);
        return new Viewer(user.Id, new HashSet<string> { role });
    }

    private Task<List<AuditEvent>> AuditedAsync(string action) =>
        database.Db.AuditEvents.AsNoTracking().Where(e => e.Action == action).ToListAsync();

    private sealed record People(
        Guid PlacementId, Viewer Student, Viewer Supervisor, Viewer Coordinator, Guid AgreementId);

    private sealed class NoTimesheetMessages : ITimesheetMessages
    {
        public Task WeekSubmittedAsync(
            SubmittedWeek week, string token, CancellationToken cancellationToken = default) =>
            Task.CompletedTask;
    }
}

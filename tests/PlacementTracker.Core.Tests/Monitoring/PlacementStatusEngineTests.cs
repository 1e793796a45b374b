using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
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

namespace PlacementTracker.Core.Tests.Monitoring;

/// <summary>
/// Each reason, pinned on a real database with a fake clock: a placement that is green in every respect gets one
/// thing wrong, and exactly that reason appears.
/// </summary>
public sealed class PlacementStatusEngineTests : IAsyncLifetime
{
    private static readonly DateOnly Start = new(2026, 9, 7);

    // Monday 5 October 2026, four weeks into the placement.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero));

    private readonly Viewer coordinator = new("coordinator", new HashSet<string> { Roles.PlacementCoordinator });

    private CoreTestDatabase database = default!;

    private Placement placement = default!;

    private Student student = default!;

    private PlacementDbContext Db => database.Db;

    public async Task InitializeAsync()
    {
        database = await CoreTestDatabase.CreateAsync();
        await Settings.EnsureCreatedAsync();
        await AddGreenPlacementAsync();
    }

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task APlacementOnTrackInEveryRespect_IsGreen()
    {
        var entry = await AssessAsync();

        Assert.Equal(RagStatus.Green, entry.Status);
        Assert.Empty(entry.Assessment.Reasons);
    }

    [Fact]
    public async Task NoCountedHours_IsRedWithTheNumbers()
    {
        await ClearRecordedTimeAsync();

        var reason = await OnlyReasonAsync(StatusReasonCode.HoursBehind);

        Assert.Equal(RagStatus.Red, reason.Severity);
        Assert.StartsWith("Counted 0 of ", reason.Sentence, StringComparison.Ordinal);
        Assert.Contains("hours expected by today (0%)", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HoursBetweenTheRedAndAmberShares_AreAmber()
    {
        var expected = (await AssessAsync()).Snapshot.ExpectedMinutes;
        await ClearRecordedTimeAsync();
        await AddApprovedWeekAsync(Start, expected * 80 / 100 + 1);

        var reason = await OnlyReasonAsync(StatusReasonCode.HoursBehind);

        Assert.Equal(RagStatus.Amber, reason.Severity);
        Assert.Contains("(80%)", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectedCompletionAfterTheDeadline_IsRed()
    {
        // At about seven hours a day the 315 hours are reached in November; the deadline is set to 31 October.
        await ChangeSettingsAsync(s => (s.PlacementDeadlineMonth, s.PlacementDeadlineDay) = (10, 31));
        await Db.Students.ExecuteUpdateAsync(u => u.SetProperty(s => s.ExpectedEndDate, new DateOnly(2026, 12, 18)));

        var reason = await OnlyReasonAsync(StatusReasonCode.CompletionAfterDeadline);

        Assert.Equal(RagStatus.Red, reason.Severity);
        Assert.Contains("after the deadline of 31 October 2026", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormalReviewJustOverdue_IsAmber()
    {
        await MoveReviewAsync(ReviewKind.Start, new DateOnly(2026, 10, 1));

        var reason = await OnlyReasonAsync(StatusReasonCode.ReviewOverdue);

        Assert.Equal(RagStatus.Amber, reason.Severity);
        Assert.Contains("start review was due on 1 October 2026", reason.Sentence, StringComparison.Ordinal);
        Assert.Contains("(4 days overdue)", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormalReviewLongOverdue_IsRed()
    {
        await MoveReviewAsync(ReviewKind.Start, new DateOnly(2026, 9, 14));

        var reason = await OnlyReasonAsync(StatusReasonCode.ReviewOverdue);

        Assert.Equal(RagStatus.Red, reason.Severity);
        Assert.Contains("(21 days overdue)", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormalReviewWithNoDate_IsAmber()
    {
        await Db.Reviews.Where(r => r.Kind == ReviewKind.End).ExecuteDeleteAsync();

        var reason = await OnlyReasonAsync(StatusReasonCode.ReviewNotScheduled);

        Assert.Equal(RagStatus.Amber, reason.Severity);
        Assert.StartsWith("No date is set for the end review", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATimesheetWaitingLongerThanTheSetting_IsAmber()
    {
        Db.Timesheets.Add(new Timesheet
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            WeekStart = new DateOnly(2026, 8, 31),
            Status = TimesheetStatus.Submitted,
            SubmittedAtUtc = new DateTime(2026, 9, 20, 17, 0, 0, DateTimeKind.Utc),
        });
        await Db.SaveChangesAsync();

        var reason = await OnlyReasonAsync(StatusReasonCode.TimesheetsWaiting);

        Assert.Equal(RagStatus.Amber, reason.Severity);
        Assert.StartsWith("1 timesheet submitted more than 7 days ago is waiting for approval (the oldest since " +
            "20 September 2026)", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoLogbookEntryForTwoWeeks_IsAmber()
    {
        await Db.LogbookEntries.ExecuteUpdateAsync(u => u.SetProperty(e => e.Date, new DateOnly(2026, 9, 15)));

        var reason = await OnlyReasonAsync(StatusReasonCode.NoLogbookEntry);

        Assert.Equal(RagStatus.Amber, reason.Severity);
        Assert.StartsWith("No logbook entry since 15 September 2026 (20 days)", reason.Sentence,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedUnauthorisedAbsenceAndLateness_AreAmber()
    {
        Db.Attendances.AddRange(
            Attendance(new DateOnly(2026, 9, 22), AttendanceKind.UnauthorisedAbsence),
            Attendance(new DateOnly(2026, 9, 29), AttendanceKind.Lateness),
            Attendance(new DateOnly(2026, 9, 30), AttendanceKind.Sickness),
            Attendance(new DateOnly(2026, 8, 30), AttendanceKind.Lateness));
        await Db.SaveChangesAsync();

        var reason = await OnlyReasonAsync(StatusReasonCode.AttendancePattern);

        Assert.Equal("1 unauthorised absence and 1 late arrival in the last four weeks: talk to the student and the " +
            "supervisor", reason.Sentence);
    }

    [Fact]
    public async Task AnAgreementNotFullySignedAfterTheStart_IsRed()
    {
        await Db.Signatures.Where(s => s.Capacity == SignerCapacity.Employer)
            .ExecuteUpdateAsync(u => u.SetProperty(
                s => s.VoidedAtUtc,
                new DateTime(2026, 9, 20, 0, 0, 0, DateTimeKind.Utc)));

        var reason = await OnlyReasonAsync(StatusReasonCode.AgreementNotSigned);

        Assert.Equal(RagStatus.Red, reason.Severity);
        Assert.Contains("started on 7 September 2026", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAgreementNotSignedWithinTheWeekBeforeTheStart_IsAmber()
    {
        await Db.Placements.ExecuteUpdateAsync(u => u
            .SetProperty(p => p.Status, PlacementStatus.AwaitingAgreement)
            .SetProperty(p => p.PlannedStart, new DateOnly(2026, 10, 9)));
        await Db.Signatures.ExecuteDeleteAsync();

        var reason = await OnlyReasonAsync(StatusReasonCode.AgreementNotSigned);

        Assert.Equal(RagStatus.Amber, reason.Severity);
        Assert.Contains("starts on 9 October 2026 (in 4 days)", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExpiredEmployerCheck_IsRed()
    {
        Db.DueDiligenceChecks.Add(new DueDiligenceCheck
        {
            Id = Guid.NewGuid(),
            EmployerId = placement.EmployerId,
            Kind = DueDiligenceKind.EmployersLiabilityInsurance,
            CheckedOn = new DateOnly(2025, 9, 30),
            ExpiresOn = new DateOnly(2026, 9, 30),
        });
        await Db.SaveChangesAsync();

        var reason = await OnlyReasonAsync(StatusReasonCode.DueDiligenceExpired);

        Assert.Equal(RagStatus.Red, reason.Severity);
        Assert.Contains("employer's liability insurance on 30 September 2026", reason.Sentence,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnObjectivePastItsTargetAndNotAchieved_IsAmber()
    {
        Db.PlacementPlans.Add(new PlacementPlan { PlacementId = placement.Id });
        Db.Objectives.AddRange(
            Objective(new DateOnly(2026, 10, 1), ObjectiveStatus.InProgress),
            Objective(new DateOnly(2026, 9, 20), ObjectiveStatus.Achieved),
            Objective(new DateOnly(2026, 11, 1), ObjectiveStatus.NotStarted));
        await Db.SaveChangesAsync();

        var reason = await OnlyReasonAsync(StatusReasonCode.ObjectivesOverdue);

        Assert.StartsWith("1 objective past its target date and not achieved (the earliest due 1 October 2026)",
            reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoAreasNeedingImprovementInTheLastReview_AreAmber()
    {
        var review = await Db.Reviews.SingleAsync(r => r.Kind == ReviewKind.Start);
        review.HeldOn = new DateOnly(2026, 9, 25);
        Db.ReviewRatings.AddRange(
            Rating(review, "Timekeeping", 1, "Needs improvement"),
            Rating(review, "Teamwork", 1, "Needs improvement"),
            Rating(review, "Communication", 2, "Good"));
        await Db.SaveChangesAsync();

        var reason = await OnlyReasonAsync(StatusReasonCode.ReviewNeedsImprovement);

        Assert.Equal("The start review on 25 September 2026 rated 2 areas \"Needs improvement\" (Teamwork, " +
            "Timekeeping): agree actions and check them at the next review", reason.Sentence);
    }

    [Fact]
    public async Task AreasNeedingImprovementInAnEarlierReview_DoNotCount_OnceALaterReviewIsHeld()
    {
        var start = await Db.Reviews.SingleAsync(r => r.Kind == ReviewKind.Start);
        start.HeldOn = new DateOnly(2026, 9, 14);
        var informal = Review(placement, ReviewKind.Informal, new DateOnly(2026, 9, 28));
        informal.HeldOn = new DateOnly(2026, 9, 28);
        Db.Reviews.Add(informal);
        Db.ReviewRatings.AddRange(
            Rating(start, "Timekeeping", 1, "Needs improvement"),
            Rating(start, "Teamwork", 1, "Needs improvement"),
            Rating(informal, "Timekeeping", 1, "Needs improvement"),
            Rating(informal, "Teamwork", 2, "Good"));
        await Db.SaveChangesAsync();

        var entry = await AssessAsync();

        Assert.Equal(RagStatus.Green, entry.Status);
        Assert.Empty(entry.Assessment.Reasons);
    }

    [Fact]
    public async Task TwoAreasNeedingImprovementInTheLatestReview_CountAfterAnEarlierGoodOne()
    {
        var start = await Db.Reviews.SingleAsync(r => r.Kind == ReviewKind.Start);
        start.HeldOn = new DateOnly(2026, 9, 14);
        var informal = Review(placement, ReviewKind.Informal, new DateOnly(2026, 9, 28));
        informal.HeldOn = new DateOnly(2026, 9, 28);
        Db.Reviews.Add(informal);
        Db.ReviewRatings.AddRange(
            Rating(start, "Timekeeping", 2, "Good"),
            Rating(informal, "Timekeeping", 1, "Needs improvement"),
            Rating(informal, "Teamwork", 1, "Needs improvement"));
        await Db.SaveChangesAsync();

        var reason = await OnlyReasonAsync(StatusReasonCode.ReviewNeedsImprovement);

        Assert.Equal("The informal review on 28 September 2026 rated 2 areas \"Needs improvement\" (Teamwork, " +
            "Timekeeping): agree actions and check them at the next review", reason.Sentence);
    }

    [Fact]
    public async Task ARecentConcernFromTheEmployer_IsAmber_ButNotOneFromStaff()
    {
        var supervisor = new AppUser { UserName = "sup@example.test", Email = "sup@example.test" };
        Assert.True((await database.Users.CreateAsync(supervisor)).Succeeded);
        Db.EmployerSupervisors.Add(
            new EmployerSupervisor { EmployerId = placement.EmployerId, UserId = supervisor.Id });
        Db.FeedbackNotes.AddRange(
            Concern(new DateOnly(2026, 9, 28), supervisor.Id),
            Concern(new DateOnly(2026, 9, 29), authorUserId: null),
            Concern(new DateOnly(2026, 8, 20), supervisor.Id));
        await Db.SaveChangesAsync();

        var reason = await OnlyReasonAsync(StatusReasonCode.EmployerConcerns);

        Assert.StartsWith("The employer raised 1 concern in the last 28 days (the latest on 28 September 2026)",
            reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConcernFromAFormerSupervisor_StillCounts_AfterTheyAreUnlinkedFromTheEmployer()
    {
        // They wrote it as the placement's supervisor; the placement then moved to a colleague and they left.
        var former = new AppUser { UserName = "former@example.test", Email = "former@example.test" };
        Assert.True((await database.Users.CreateAsync(former)).Succeeded);
        Assert.True((await database.Users.AddToRoleAsync(former, Roles.EmployerSupervisor)).Succeeded);
        var tutor = new AppUser { UserName = "tutor@example.test", Email = "tutor@example.test" };
        Assert.True((await database.Users.CreateAsync(tutor)).Succeeded);
        Assert.True((await database.Users.AddToRoleAsync(tutor, Roles.Tutor)).Succeeded);
        Db.FeedbackNotes.AddRange(
            Concern(new DateOnly(2026, 9, 30), former.Id),
            Concern(new DateOnly(2026, 10, 1), tutor.Id));
        await Db.SaveChangesAsync();

        var reason = await OnlyReasonAsync(StatusReasonCode.EmployerConcerns);

        Assert.StartsWith("The employer raised 1 concern in the last 28 days (the latest on 30 September 2026)",
            reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReasonTheProviderSwitchedOff_NeitherShowsNorChangesTheStatus()
    {
        await ClearRecordedTimeAsync();
        await ChangeSettingsAsync(s => s.IgnoredStatusReasons = nameof(StatusReasonCode.HoursBehind));

        var entry = await AssessAsync();

        Assert.Equal(RagStatus.Green, entry.Status);
    }

    [Fact]
    public async Task TheCaseload_PutsRedFirstAndCountsEachStatus()
    {
        await ClearRecordedTimeAsync();
        var green = await AddGreenPlacementAsync();

        var caseload = await Loader.LoadAsync(coordinator, new CaseloadFilter(), CancellationToken.None);

        Assert.Equal([placement.Id, green.Id], caseload.Entries.Select(e => e.PlacementId));
        Assert.Equal(1, caseload.Counts[RagStatus.Red]);
        Assert.Equal(1, caseload.Counts[RagStatus.Green]);
        var filtered = await Loader.LoadAsync(coordinator, new CaseloadFilter(Reason: StatusReasonCode.HoursBehind),
            CancellationToken.None);
        Assert.Equal([placement.Id], filtered.Entries.Select(e => e.PlacementId));
    }

    [Fact]
    public async Task WeeklyDigest_WhenEverythingIsGreen_SendsNothing()
    {
        await CoordinatorAsync("first.coordinator@example.test");

        Assert.Empty(await Digest.FindAsync(TimeRules.Today(clock)));
    }

    [Fact]
    public async Task WeeklyDigest_ListsTheRedPlacementWithItsReasons_ToEveryCoordinatorForTheWeek()
    {
        var first = await CoordinatorAsync("first.coordinator@example.test");
        var second = await CoordinatorAsync("second.coordinator@example.test");
        await ClearRecordedTimeAsync();
        var sentence = (await OnlyReasonAsync(StatusReasonCode.HoursBehind)).Sentence;

        var due = await Digest.FindAsync(TimeRules.Today(clock));

        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal),
            due.Select(d => d.RecipientUserId).Order(StringComparer.Ordinal));
        Assert.All(due, d =>
        {
            Assert.Equal(ReminderKind.WeeklyDigest, d.Kind);
            Assert.Equal("2026-W41", d.PeriodKey);
            Assert.Equal("Placements needing attention: 1 red, 0 amber", d.Subject);
            Assert.Contains("Red: Ada Lovelace at Acme", d.Body, StringComparison.Ordinal);
            Assert.Contains($"- {sentence}", d.Body, StringComparison.Ordinal);
        });
    }

    private ProviderSettingsStore Settings => new(Db, new AuditLog(Db, clock));

    private WeeklyDigestReminders Digest => new(Db, Loader);

    private async Task<string> CoordinatorAsync(string email)
    {
        var user = new AppUser { UserName = email, Email = email, DisplayName = email };
        Assert.True((await database.Users.CreateAsync(user)).Succeeded);
        Assert.True((await database.Users.AddToRoleAsync(user, Roles.PlacementCoordinator)).Succeeded);
        return user.Id;
    }

    private CaseloadLoader Loader => new(Db, new AccessScope(Db), new ProgressService(Db, Settings, clock), Settings,
        clock);

    private async Task<CaseloadEntry> AssessAsync()
    {
        Db.ChangeTracker.Clear();
        return (await Loader.ForPlacementAsync(coordinator, placement.Id, CancellationToken.None))!;
    }

    private async Task<StatusReason> OnlyReasonAsync(StatusReasonCode code)
    {
        var entry = await AssessAsync();
        var reason = Assert.Single(entry.Assessment.Reasons);
        Assert.Equal(code, reason.Code);
        Assert.Equal(reason.Severity, entry.Status);
        return reason;
    }

    private async Task ChangeSettingsAsync(Action<ProviderSettings> change)
    {
        var settings = await Db.ProviderSettings.SingleAsync();
        change(settings);
        await Db.SaveChangesAsync();
    }

    private Task<int> MoveReviewAsync(ReviewKind kind, DateOnly dueOn) =>
        Db.Reviews.Where(r => r.Kind == kind).ExecuteUpdateAsync(u => u.SetProperty(r => r.DueOn, dueOn));

    /// <summary>
    /// An active placement four weeks in: 35 approved hours a week, formal reviews booked ahead, a logbook entry
    /// last Friday and an agreement signed by all three.
    /// </summary>
    private async Task<Placement> AddGreenPlacementAsync()
    {
        student = new Student
        {
            Id = Guid.NewGuid(),
            Uln = placement is null ? "1000000004" : "1000000043",
            StudentNumber = $"S{Guid.NewGuid():N}"[..8],
            GivenName = "Ada",
            FamilyName = "Lovelace",
            DateOfBirth = new DateOnly(2009, 1, 1),
            CoreCode = "60358324",
            SpecialismCode = "ZTLOS005",
            Cohort = "2025 to 2027",
            ExpectedEndDate = new DateOnly(2027, 7, 31),
        };
        var employer = new Employer { Id = Guid.NewGuid(), Reference = $"E{Guid.NewGuid():N}"[..8], Name = "Acme" };
        var industry = new IndustryPlacement { Id = Guid.NewGuid(), StudentId = student.Id, RequiredHours = 315 };
        var added = new Placement
        {
            Id = Guid.NewGuid(),
            StudentId = student.Id,
            IndustryPlacementId = industry.Id,
            EmployerId = employer.Id,
            RoleTitle = "Junior developer",
            PlannedStart = Start,
            PlannedEnd = new DateOnly(2027, 1, 29),
            PlannedHours = 315,
            Status = PlacementStatus.Active,
        };
        Db.AddRange(student, employer, industry, added);
        Db.Reviews.AddRange(
            Review(added, ReviewKind.Start, new DateOnly(2026, 10, 9)),
            Review(added, ReviewKind.Middle, new DateOnly(2026, 11, 20)),
            Review(added, ReviewKind.End, new DateOnly(2027, 1, 27)));
        Db.LogbookEntries.Add(
            new LogbookEntry { Id = Guid.NewGuid(), PlacementId = added.Id, Date = new(2026, 10, 2) });
        Db.SignedDocuments.Add(SignedAgreement(added));
        await Db.SaveChangesAsync();
        placement ??= added;
        for (var week = Start; week < new DateOnly(2026, 10, 5); week = week.AddDays(7))
        {
            await AddApprovedWeekAsync(week, 35 * 60, added);
        }

        return added;
    }

    /// <summary>A bulk delete goes around the context, so the approved time totals are rebuilt after it.</summary>
    private async Task ClearRecordedTimeAsync()
    {
        await Db.TimeEntries.ExecuteDeleteAsync();
        await ApprovedTimeTotals.RebuildAsync(Db);
    }

    private async Task AddApprovedWeekAsync(DateOnly weekStart, int minutes, Placement? target = null)
    {
        var id = (target ?? placement).Id;
        if (!await Db.Timesheets.AnyAsync(t => t.PlacementId == id && t.WeekStart == weekStart))
        {
            Db.Timesheets.Add(new Timesheet
            {
                Id = Guid.NewGuid(),
                PlacementId = id,
                WeekStart = weekStart,
                Status = TimesheetStatus.Approved,
            });
        }

        Db.TimeEntries.Add(new TimeEntry
        {
            Id = Guid.NewGuid(),
            PlacementId = id,
            Date = weekStart,
            WeekStart = weekStart,
            Minutes = minutes,
            Kind = TimeEntryKind.OnSite,
        });
        await Db.SaveChangesAsync();
    }

    private static Review Review(Placement p, ReviewKind kind, DateOnly dueOn) =>
        new() { Id = Guid.NewGuid(), PlacementId = p.Id, Kind = kind, DueOn = dueOn };

    private static SignedDocument SignedAgreement(Placement p)
    {
        var document = new SignedDocument
        {
            Id = Guid.NewGuid(),
            PlacementId = p.Id,
            Kind = DocumentKind.Agreement,
            Content = "Agreement",
            ContentHash = "hash",
            GeneratedAtUtc = new DateTime(2026, 8, 20, 0, 0, 0, DateTimeKind.Utc),
        };
        document.Signatures.AddRange(Enum.GetValues<SignerCapacity>().Select(c => new Signature
        {
            Id = Guid.NewGuid(),
            Capacity = c,
            SignerName = c.ToString(),
            ContentHash = "hash",
            SignedAtUtc = new DateTime(2026, 8, 25, 0, 0, 0, DateTimeKind.Utc),
        }));
        return document;
    }

    private Attendance Attendance(DateOnly date, AttendanceKind kind) =>
        new() { Id = Guid.NewGuid(), PlacementId = placement.Id, Date = date, Kind = kind };

    private Objective Objective(DateOnly target, ObjectiveStatus status) => new()
    {
        Id = Guid.NewGuid(),
        PlacementId = placement.Id,
        Description = "Build a feature",
        TargetDate = target,
        Status = status,
    };

    private static ReviewRating Rating(Review review, string area, int position, string level) => new()
    {
        Id = Guid.NewGuid(),
        ReviewId = review.Id,
        AreaId = Guid.NewGuid(),
        AreaName = area,
        LevelId = Guid.NewGuid(),
        LevelName = level,
        LevelPosition = position,
    };

    private FeedbackNote Concern(DateOnly date, string? authorUserId) => new()
    {
        Id = Guid.NewGuid(),
        PlacementId = placement.Id,
        Date = date,
        Tone = FeedbackTone.Concern,
        Area = FeedbackArea.Timekeeping,
        Text = "Late again",
        AuthorUserId = authorUserId,
        AuthorName = "Someone",
    };
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Logbook;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reminders;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Core.Tests.Support;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Tests.Reminders;

public sealed class ReminderRunTests : IAsyncLifetime
{
    /// <summary>Monday 5 October 2026, 07:00 UK time.</summary>
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 10, 5, 6, 0, 0, TimeSpan.Zero));

    private readonly RecordingReminderMessages messages = new();

    private readonly ReminderOptions options = new();

    private CoreTestDatabase database = default!;

    private Placement placement = default!;

    private DateOnly Today => TimeRules.Today(clock);

    public async Task InitializeAsync()
    {
        database = await CoreTestDatabase.CreateAsync();
        await UserAsync("student@tests.test", Roles.Student);
        await UserAsync("supervisor@tests.test", Roles.EmployerSupervisor);
        await UserAsync("tutor@tests.test", Roles.Tutor);
        await UserAsync("coordinator@tests.test", Roles.PlacementCoordinator);
        await UserAsync("second.coordinator@tests.test", Roles.PlacementCoordinator);
        placement = await AddPlacementAsync();
    }

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task ReviewDueWithinSevenDays_RemindsStudentSupervisorAndTutor_Once()
    {
        await AddReviewAsync(Today.AddDays(7));

        var first = await Run(new ReviewDueReminders(database.Db, options)).RunAsync(Today);
        var second = await Run(new ReviewDueReminders(database.Db, options)).RunAsync(Today.AddDays(1));

        Assert.Equal(new ReminderRunResult(3, 0, 0), first);
        Assert.Equal(new ReminderRunResult(0, 3, 0), second);
        Assert.Equal(["Review due on 12 October 2026: Ada Lovelace"], messages.To("student@tests.test"));
        Assert.Single(messages.To("supervisor@tests.test"));
        Assert.Single(messages.To("tutor@tests.test"));
        Assert.Empty(messages.To("coordinator@tests.test"));
        Assert.All(await database.Db.SentReminders.ToListAsync(), r =>
        {
            Assert.Equal(ReminderStatus.Sent, r.Status);
            Assert.Equal("2026-10-12", r.PeriodKey);
        });
    }

    [Fact]
    public async Task ReviewDueLaterOrAlreadyHeld_IsNotReminded()
    {
        await AddReviewAsync(Today.AddDays(8));
        var held = await AddReviewAsync(Today.AddDays(2));
        held.HeldOn = Today;
        await database.Db.SaveChangesAsync();

        var result = await Run(new ReviewDueReminders(database.Db, options)).RunAsync(Today);

        Assert.Equal(0, result.Sent);
        Assert.Empty(messages.Sent);
    }

    [Fact]
    public async Task ReviewMovedToANewDate_IsRemindedAgain()
    {
        var review = await AddReviewAsync(Today.AddDays(3));
        await Run(new ReviewDueReminders(database.Db, options)).RunAsync(Today);

        review.DueOn = Today.AddDays(5);
        await database.Db.SaveChangesAsync();
        await Run(new ReviewDueReminders(database.Db, options)).RunAsync(Today.AddDays(1));

        Assert.Equal(2, messages.To("student@tests.test").Count);
    }

    [Fact]
    public async Task WeekAwaitingApproval_RemindsTheSupervisorAfterThreeDays()
    {
        // Submitted on Friday 2 October at 18:00 UK time.
        await AddAsync(new Timesheet
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            WeekStart = new DateOnly(2026, 9, 28),
            Status = TimesheetStatus.Submitted,
            SubmittedAtUtc = new DateTime(2026, 10, 2, 17, 0, 0, DateTimeKind.Utc),
        });

        var onSunday = await Run(new TimesheetAwaitingApprovalReminders(database.Db, options))
            .RunAsync(new DateOnly(2026, 10, 4));
        var onMonday = await Run(new TimesheetAwaitingApprovalReminders(database.Db, options)).RunAsync(Today);
        var onTuesday = await Run(new TimesheetAwaitingApprovalReminders(database.Db, options))
            .RunAsync(Today.AddDays(1));

        Assert.Equal(0, onSunday.Sent);
        Assert.Equal(1, onMonday.Sent);
        Assert.Equal(0, onTuesday.Sent);
        var sent = Assert.Single(messages.Sent);
        Assert.Equal("supervisor@tests.test", sent.ToEmail);
        Assert.Equal($"Placements/{placement.Id}/Hours/2026-09-28", sent.LinkPath);
        Assert.Contains("submitted on 2 October 2026", sent.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogbookWithoutAnEntryForFourteenDays_RemindsTheStudentOnceAWeek()
    {
        await AddLogbookEntryAsync(Today.AddDays(-14));

        var monday = await Run(new LogbookStaleReminders(database.Db, options)).RunAsync(Today);
        var friday = await Run(new LogbookStaleReminders(database.Db, options)).RunAsync(Today.AddDays(4));
        var nextMonday = await Run(new LogbookStaleReminders(database.Db, options)).RunAsync(Today.AddDays(7));

        Assert.Equal((1, 0, 1), (monday.Sent, friday.Sent, nextMonday.Sent));
        Assert.Equal(["Your placement logbook", "Your placement logbook"], messages.To("student@tests.test"));
        Assert.Equal(2, messages.Sent.Count);
    }

    [Fact]
    public async Task LogbookWrittenInRecently_IsNotStale()
    {
        await AddLogbookEntryAsync(Today.AddDays(-13));

        var result = await Run(new LogbookStaleReminders(database.Db, options)).RunAsync(Today);

        Assert.Equal(0, result.Sent);
    }

    [Fact]
    public async Task AgreementSignedOnlyByTheStudent_RemindsTheSupervisorAndTheCoordinators()
    {
        var document = new SignedDocument
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            Kind = DocumentKind.Agreement,
            Content = "The agreement",
            ContentHash = "hash-now",
            PlanNumber = 1,
            GeneratedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        document.Signatures.Add(Signed(SignerCapacity.Student, "hash-now"));
        document.Signatures.Add(Signed(SignerCapacity.Employer, "hash-before"));
        await AddAsync(document);

        var result = await Run(new AgreementSignatureReminders(database.Db)).RunAsync(Today);

        Assert.Equal(3, result.Sent);
        Assert.Empty(messages.To("student@tests.test"));
        Assert.Equal(["Placement agreement awaiting your signature: Ada Lovelace"],
            messages.To("supervisor@tests.test"));
        Assert.Single(messages.To("coordinator@tests.test"));
        Assert.Single(messages.To("second.coordinator@tests.test"));
    }

    [Fact]
    public async Task DueDiligenceCheckExpiringWithinThirtyDays_RemindsEveryCoordinator()
    {
        await AddAsync(
            Check(DueDiligenceKind.Safeguarding, Today.AddDays(30)),
            Check(DueDiligenceKind.RiskAssessment, Today.AddDays(31)),
            Check(DueDiligenceKind.DataProtection, Today.AddDays(-1)));

        var result = await Run(new DueDiligenceExpiryReminders(database.Db, options)).RunAsync(Today);

        Assert.Equal(2, result.Sent);
        var subject = Assert.Single(messages.To("coordinator@tests.test"));
        Assert.Equal("Due-diligence check expiring on 4 November 2026: Acme Software", subject);
        Assert.Single(messages.To("second.coordinator@tests.test"));
    }

    [Fact]
    public async Task KindSwitchedOff_SendsNothingOfThatKind()
    {
        await AddReviewAsync(Today.AddDays(1));
        await AddAsync(new ReminderKindSwitchedOff { Kind = ReminderKind.ReviewDue });

        var result = await Run(new ReviewDueReminders(database.Db, options)).RunAsync(Today);

        Assert.Equal(new ReminderRunResult(0, 0, 0), result);
        Assert.Empty(await database.Db.SentReminders.ToListAsync());
    }

    [Fact]
    public async Task FailedSending_IsRecordedAndTriedAgainByLaterRuns_UpToTheLimit()
    {
        await AddLogbookEntryAsync(Today.AddDays(-20));
        messages.FailuresToCome = 3;

        var results = new List<ReminderRunResult>();
        for (var day = 0; day < 4; day++)
        {
            results.Add(await Run(new LogbookStaleReminders(database.Db, options)).RunAsync(Today.AddDays(day)));
        }

        Assert.Equal(
            [new(0, 0, 1), new(0, 0, 1), new(0, 0, 1), new(0, 1, 0)],
            results);
        var row = await database.Db.SentReminders.AsNoTracking().SingleAsync();
        Assert.Equal((ReminderStatus.Failed, 3), (row.Status, row.Attempts));
        Assert.Equal("The mail server refused the connection", row.Failure);
        Assert.Empty(messages.Sent);
    }

    [Fact]
    public async Task FailedSending_ThenSuccess_IsSentOnce()
    {
        await AddLogbookEntryAsync(Today.AddDays(-20));
        messages.FailuresToCome = 1;

        await Run(new LogbookStaleReminders(database.Db, options)).RunAsync(Today);
        await Run(new LogbookStaleReminders(database.Db, options)).RunAsync(Today.AddDays(1));
        await Run(new LogbookStaleReminders(database.Db, options)).RunAsync(Today.AddDays(2));

        Assert.Single(messages.Sent);
        var row = await database.Db.SentReminders.AsNoTracking().SingleAsync();
        Assert.Equal((ReminderStatus.Sent, 2, null), (row.Status, row.Attempts, row.Failure));
    }

    [Fact]
    public async Task ClaimLeftBySendingRunThatStopped_IsNotSentAgain()
    {
        await AddLogbookEntryAsync(Today.AddDays(-20));
        await AddAsync(new SentReminder
        {
            Id = Guid.NewGuid(),
            Kind = ReminderKind.LogbookStale,
            SubjectId = placement.Id,
            RecipientUserId = placement.Student!.UserId!,
            PeriodKey = ReminderPeriods.Week(Today),
            Status = ReminderStatus.Sending,
            Attempts = 1,
            ClaimedAtUtc = clock.GetUtcNow().UtcDateTime.AddHours(-5),
        });

        var result = await Run(new LogbookStaleReminders(database.Db, options)).RunAsync(Today);

        Assert.Equal(new ReminderRunResult(0, 1, 0), result);
        Assert.Empty(messages.Sent);
    }

    private ReminderRun Run(params IReminderFinder[] finders) =>
        new(database.Db, finders, messages, options, clock, NullLogger<ReminderRun>.Instance);

    private async Task<string> UserAsync(string email, string role)
    {
        var user = new AppUser { UserName = email, Email = email, DisplayName = role };
        Assert.True((await database.Users.CreateAsync(user)).Succeeded);
        Assert.True((await database.Users.AddToRoleAsync(user, role)).Succeeded);
        return user.Id;
    }

    private async Task<string> UserIdAsync(string email) =>
        (await database.Users.FindByEmailAsync(email))!.Id;

    private async Task AddAsync(params object[] entities)
    {
        database.Db.AddRange(entities);
        await database.Db.SaveChangesAsync();
    }

    private async Task<Review> AddReviewAsync(DateOnly dueOn)
    {
        var review = new Review
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            Kind = ReviewKind.Middle,
            DueOn = dueOn,
        };
        await AddAsync(review);
        return review;
    }

    private Task AddLogbookEntryAsync(DateOnly date) => AddAsync(new LogbookEntry
    {
        Id = Guid.NewGuid(),
        PlacementId = placement.Id,
        Date = date,
        WhatIDid = "Fixed a bug",
        Reflection = "Read the logs first",
        CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        UpdatedAtUtc = clock.GetUtcNow().UtcDateTime,
    });

    private Signature Signed(SignerCapacity capacity, string hash) => new()
    {
        Id = Guid.NewGuid(),
        Capacity = capacity,
        SignerName = capacity.ToString(),
        SignedAtUtc = clock.GetUtcNow().UtcDateTime,
        ContentHash = hash,
    };

    private DueDiligenceCheck Check(DueDiligenceKind kind, DateOnly expiresOn) => new()
    {
        Id = Guid.NewGuid(),
        EmployerId = placement.EmployerId,
        Kind = kind,
        CheckedOn = expiresOn.AddYears(-1),
        ExpiresOn = expiresOn,
    };

    private async Task<Placement> AddPlacementAsync()
    {
        var records = TestPlacement.Create(new DateOnly(2026, 9, 7), PlacementStatus.Active);
        records.Student.UserId = await UserIdAsync("student@tests.test");
        records.Student.TutorUserId = await UserIdAsync("tutor@tests.test");
        var added = records.Placement;
        added.Student = records.Student;
        added.SupervisorUserId = await UserIdAsync("supervisor@tests.test");
        await AddAsync(records.Records);
        return added;
    }
}

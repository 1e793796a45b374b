using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Tests.Support;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Tests.Timesheets;

public sealed class TimesheetServiceTests : IAsyncLifetime
{
    private static readonly DateOnly Week = new(2026, 9, 28);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero));

    private readonly RecordingTimesheetMessages messages = new();

    private CoreTestDatabase database = default!;

    private Placement placement = default!;

    private Viewer student = default!;

    private Viewer supervisor = default!;

    private static Viewer Coordinator { get; } = new("coordinator", new HashSet<string> { Roles.PlacementCoordinator });

    private TimesheetService Service => new(database.Db, new AccessScope(database.Db),
        new AuditLog(database.Db, clock), messages, clock, NullLogger<TimesheetService>.Instance);

    public async Task InitializeAsync()
    {
        database = await CoreTestDatabase.CreateAsync();
        student = await UserAsync("student@tests.test", Roles.Student);
        supervisor = await UserAsync("supervisor@tests.test", Roles.EmployerSupervisor);
        placement = await AddPlacementAsync(student.UserId, supervisor.UserId);
    }

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task AddEntry_ByTheSupervisor_RecordsWhoEnteredIt()
    {
        var result = await Service.AddEntryAsync(placement.Id, Shift(Week, 9, 17), supervisor, As(supervisor));

        Assert.True(result.Succeeded);
        var entry = await database.Db.TimeEntries.SingleAsync();
        Assert.Equal(supervisor.UserId, entry.RecordedByUserId);
        Assert.Equal(480, entry.Minutes);
        Assert.Equal(Week, entry.WeekStart);
        Assert.Equal(1, await AuditCountAsync(TimesheetAuditActions.TimeEntryAdded));
    }

    [Fact]
    public async Task AddEntry_OverlappingAnother_IsRefused()
    {
        await Service.AddEntryAsync(placement.Id, Shift(Week, 9, 17), student, As(student));

        var result = await Service.AddEntryAsync(placement.Id, Shift(Week, 16, 18), student, As(student));

        Assert.Equal("These times overlap the entry from 09:00 to 17:00 on 28 September 2026",
            result.Errors[nameof(TimeEntryInput.Start)]);
    }

    [Fact]
    public async Task AddEntry_ByATutor_IsNotFound()
    {
        var tutor = new Viewer("tutor", new HashSet<string> { Roles.Tutor });

        var result = await Service.AddEntryAsync(placement.Id, Shift(Week, 9, 17), tutor, As(tutor));

        Assert.True(result.Missing);
    }

    [Fact]
    public async Task Submit_Twice_ChangesNothingTheSecondTime()
    {
        await Service.AddEntryAsync(placement.Id, Shift(Week, 9, 17), student, As(student));
        await Service.SubmitAsync(placement.Id, Week, student, As(student));
        var first = await database.Db.Timesheets.AsNoTracking().SingleAsync();

        var again = await Service.SubmitAsync(placement.Id, Week, student, As(student));

        Assert.True(again.Succeeded);
        var second = await database.Db.Timesheets.AsNoTracking().SingleAsync();
        Assert.Equal(TimesheetStatus.Submitted, second.Status);
        Assert.Equal(first.Version, second.Version);
        Assert.Single(messages.Sent);
        Assert.Equal(1, await AuditCountAsync(TimesheetAuditActions.TimesheetSubmitted));
    }

    [Fact]
    public async Task EditEntry_FromAStaleVersion_IsRefused()
    {
        var entry = await AddEntryAsync(Shift(Week, 9, 17));
        await Service.EditEntryAsync(placement.Id, entry.Id, Shift(Week, 9, 16), student, As(student));

        var stale = await Service.EditEntryAsync(placement.Id, entry.Id, Shift(Week, 10, 17), student, As(student));

        Assert.True(stale.Conflict);
        database.Db.ChangeTracker.Clear();
        Assert.Equal(new TimeOnly(16, 0), (await database.Db.TimeEntries.SingleAsync()).End);
    }

    [Fact]
    public async Task ApprovedWeek_IsLockedOnEveryPath()
    {
        var entry = await AddEntryAsync(Shift(Week, 9, 17));
        await SubmitAndApproveAsync();

        var add = await Service.AddEntryAsync(placement.Id, Shift(Week.AddDays(1), 9, 17), student, As(student));
        var edit = await Service.EditEntryAsync(placement.Id, entry.Id, Shift(Week, 9, 16) with { Version = 0 },
            student, As(student));
        var delete = await Service.DeleteEntryAsync(placement.Id, entry.Id, 0, Coordinator, As(Coordinator));
        var moveIn = await Service.AddEntryAsync(placement.Id, Shift(Week.AddDays(7), 9, 17), student, As(student));
        var intoLocked = await Service.EditEntryAsync(placement.Id, (await database.Db.TimeEntries.AsNoTracking()
            .SingleAsync(e => e.WeekStart != Week)).Id, Shift(Week.AddDays(2), 9, 17), student, As(student));
        var attendance = await Service.RecordAttendanceAsync(placement.Id,
            new AttendanceInput(Week.AddDays(2), AttendanceKind.Sickness, null, null), supervisor, As(supervisor));
        var resubmit = await Service.SubmitAsync(placement.Id, Week, student, As(student));

        Assert.True(moveIn.Succeeded);
        Assert.All([add, edit, delete, intoLocked, attendance, resubmit],
            r => Assert.Contains(TimesheetService.LockedMessage, r.Errors.Values));
        database.Db.ChangeTracker.Clear();
        Assert.Equal(1, await database.Db.TimeEntries.CountAsync(e => e.WeekStart == Week));
        Assert.Equal(480, (await database.Db.TimeEntries.SingleAsync(e => e.WeekStart == Week)).Minutes);
        Assert.Empty(database.Db.Attendances);
    }

    [Fact]
    public async Task Reopen_ByACoordinatorWithAReason_OpensTheWeekAndIsAudited()
    {
        await AddEntryAsync(Shift(Week, 9, 17));
        var approved = await SubmitAndApproveAsync();

        var result = await Service.ReopenAsync(placement.Id, Week, "Wrong day entered", approved.Version,
            Coordinator, As(Coordinator));

        Assert.True(result.Succeeded);
        var timesheet = await database.Db.Timesheets.AsNoTracking().SingleAsync();
        Assert.Equal(TimesheetStatus.Open, timesheet.Status);
        Assert.Equal("Wrong day entered", timesheet.ReopenReason);
        var audited = await database.Db.AuditEvents
            .SingleAsync(a => a.Action == TimesheetAuditActions.TimesheetReopened);
        Assert.Equal("coordinator", audited.ActorUserId);
        Assert.Contains("Wrong day entered", audited.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reopen_WithoutAReasonOrByTheSupervisor_IsRefused()
    {
        await AddEntryAsync(Shift(Week, 9, 17));
        var approved = await SubmitAndApproveAsync();

        var noReason = await Service.ReopenAsync(placement.Id, Week, " ", approved.Version, Coordinator,
            As(Coordinator));
        var bySupervisor = await Service.ReopenAsync(placement.Id, Week, "Because", approved.Version, supervisor,
            As(supervisor));

        Assert.Equal("Enter why the week is being reopened", noReason.Errors["Reason"]);
        Assert.True(bySupervisor.Missing);
    }

    [Fact]
    public async Task Return_WithoutAComment_IsRefused()
    {
        await AddEntryAsync(Shift(Week, 9, 17));
        await Service.SubmitAsync(placement.Id, Week, student, As(student));
        var timesheet = await database.Db.Timesheets.AsNoTracking().SingleAsync();

        var result = await Service.DecideAsync(placement.Id, Week, false, "", timesheet.Version, supervisor,
            As(supervisor));

        Assert.Equal("Enter what the student needs to change", result.Errors["Comment"]);
    }

    [Fact]
    public async Task ApprovalLink_WorksOnceOnly()
    {
        await AddEntryAsync(Shift(Week, 9, 17));
        await Service.SubmitAsync(placement.Id, Week, student, As(student));
        var token = messages.Sent.Single().Token;

        var first = await Service.DecideByLinkAsync(token, true, null);
        var second = await Service.DecideByLinkAsync(token, true, null);

        Assert.True(first.Succeeded);
        Assert.Equal("This link has already been used. Each link works only once", second.Errors["Link"]);
        var timesheet = await database.Db.Timesheets.AsNoTracking().SingleAsync();
        Assert.Equal(TimesheetStatus.Approved, timesheet.Status);
        Assert.Equal(supervisor.UserId, timesheet.DecidedByUserId);
        Assert.Equal(1, await AuditCountAsync(TimesheetAuditActions.TimesheetApproved));
    }

    [Fact]
    public async Task ApprovalLink_After14Days_HasExpired()
    {
        await AddEntryAsync(Shift(Week, 9, 17));
        await Service.SubmitAsync(placement.Id, Week, student, As(student));
        clock.Advance(TimeSpan.FromDays(14));

        var result = await Service.DecideByLinkAsync(messages.Sent.Single().Token, true, null);

        Assert.StartsWith("This link has expired", result.Errors["Link"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApprovalLink_AfterTheWeekChangedAndWasSubmittedAgain_IsOutOfDate()
    {
        var entry = await AddEntryAsync(Shift(Week, 9, 17));
        await Service.SubmitAsync(placement.Id, Week, student, As(student));
        var oldToken = messages.Sent.Single().Token;
        var edited = await Service.EditEntryAsync(placement.Id, entry.Id, Shift(Week, 9, 16), student, As(student));
        var whileOpen = await Service.DecideByLinkAsync(oldToken, true, null);
        await Service.SubmitAsync(placement.Id, Week, student, As(student));

        var result = await Service.DecideByLinkAsync(oldToken, true, null);

        Assert.True(edited.Succeeded);
        Assert.Equal("This week is no longer waiting for approval: it is open", whileOpen.Errors["Link"]);
        Assert.Equal("The week has changed since this link was sent. Use the link in the newest email",
            result.Errors["Link"]);
        Assert.True((await Service.DecideByLinkAsync(messages.Sent[^1].Token, true, null)).Succeeded);
    }

    [Fact]
    public async Task ApprovalLink_StoresOnlyTheHashOfTheToken()
    {
        await AddEntryAsync(Shift(Week, 9, 17));
        await Service.SubmitAsync(placement.Id, Week, student, As(student));

        var link = await database.Db.TimesheetApprovalLinks.SingleAsync();

        Assert.NotEqual(messages.Sent.Single().Token, link.TokenHash);
        Assert.Equal(64, link.TokenHash.Length);
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddDays(14), link.ExpiresAtUtc);
    }

    [Fact]
    public async Task ApprovedTimeTotals_FollowApproveReopenEditAndApproveAgain()
    {
        var monday = await AddEntryAsync(Shift(Week, 9, 17));
        await AddEntryAsync(Shift(Week.AddDays(1), 9, 13) with { Kind = TimeEntryKind.Remote });
        Assert.Empty(await TotalsAsync());

        var approved = await SubmitAndApproveAsync();
        Assert.Equal([(TimeEntryKind.OnSite, 480, Week), (TimeEntryKind.Remote, 240, Week.AddDays(1))],
            await TotalsAsync());

        clock.Advance(TimeSpan.FromDays(1));
        await Service.ReopenAsync(placement.Id, Week, "Monday ended at noon", approved.Version, Coordinator,
            As(Coordinator));
        Assert.Empty(await TotalsAsync());

        Assert.True((await Service.EditEntryAsync(placement.Id, monday.Id, Shift(Week, 9, 12) with
        {
            Version = monday.Version,
        }, student, As(student))).Succeeded);
        database.Db.ChangeTracker.Clear();
        await Service.SubmitAsync(placement.Id, Week, student, As(student));
        Assert.True((await Service.DecideByLinkAsync(messages.Sent[^1].Token, true, null)).Succeeded);

        Assert.Equal([(TimeEntryKind.OnSite, 180, Week), (TimeEntryKind.Remote, 240, Week.AddDays(1))],
            await TotalsAsync());
        Assert.Equal(await ApprovedTimeFromEntriesAsync(), await ApprovedTimeFromTotalsAsync());
    }

    [Fact]
    public async Task ProgressFromTheTotals_EqualsProgressSummedFromTheApprovedEntries()
    {
        for (var week = new DateOnly(2026, 9, 7); week <= Week; week = week.AddDays(7))
        {
            await AddEntryAsync(Shift(week, 9, 17));
            await AddEntryAsync(Shift(week.AddDays(4), 9, 16) with { Kind = TimeEntryKind.Remote });
            if (week < Week)
            {
                Assert.True((await Service.SubmitAsync(placement.Id, week, student, As(student))).Succeeded);
                Assert.True((await Service.DecideByLinkAsync(messages.Sent[^1].Token, true, null)).Succeeded);
            }
        }

        var settingsStore = new ProviderSettingsStore(database.Db, new AuditLog(database.Db, clock));
        await settingsStore.EnsureCreatedAsync();
        var specialism = await database.Db.Specialisms.SingleAsync(s => s.Code == "ZTLOS005");
        var rules = CountingRules.For(315, specialism, await settingsStore.GetAsync());
        var fromEntries = HoursCounter.Count(rules, await ApprovedTimeFromEntriesAsync());

        var progress = await new ProgressService(database.Db, settingsStore, clock)
            .ForIndustryPlacementAsync(placement.IndustryPlacementId);

        Assert.Equal(fromEntries.CountedMinutes, progress.CountedMinutes);
        Assert.Equal(fromEntries.ByKind, progress.Count.ByKind);
        Assert.Equal(3 * (480 + 420), progress.Count.ByKind.Sum(k => k.RecordedMinutes));
    }

    private async Task<Timesheet> SubmitAndApproveAsync()
    {
        Assert.True((await Service.SubmitAsync(placement.Id, Week, student, As(student))).Succeeded);
        var submitted = await database.Db.Timesheets.AsNoTracking().SingleAsync();
        Assert.True((await Service.DecideAsync(placement.Id, Week, true, null, submitted.Version, supervisor,
            As(supervisor))).Succeeded);
        database.Db.ChangeTracker.Clear();
        return await database.Db.Timesheets.AsNoTracking().SingleAsync();
    }

    private async Task<TimeEntry> AddEntryAsync(TimeEntryInput input)
    {
        Assert.True((await Service.AddEntryAsync(placement.Id, input, student, As(student))).Succeeded);
        return await database.Db.TimeEntries.AsNoTracking().OrderBy(e => e.RecordedAtUtc).LastAsync();
    }

    private Task<int> AuditCountAsync(string action) => database.Db.AuditEvents.CountAsync(a => a.Action == action);

    private async Task<List<(TimeEntryKind, int, DateOnly)>> TotalsAsync() =>
        [.. (await database.Db.ApprovedTimeTotals.AsNoTracking().Where(t => t.PlacementId == placement.Id)
            .ToListAsync()).OrderBy(t => t.Kind).Select(t => (t.Kind, t.Minutes, t.FirstDate))];

    /// <summary>
    /// Approved time summed straight from the entries in approved weeks, as progress did before totals.
    /// </summary>
    private async Task<List<ApprovedTime>> ApprovedTimeFromEntriesAsync() =>
        [.. (await ApprovedTimeTotals.ApprovedEntries(database.Db).Where(e => e.PlacementId == placement.Id)
            .ToListAsync())
            .GroupBy(e => e.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new ApprovedTime(placement.Id, placement.PlannedStart, g.Key, g.Sum(e => e.Minutes),
                g.Min(e => e.Date)))];

    private async Task<List<ApprovedTime>> ApprovedTimeFromTotalsAsync() =>
        [.. (await TotalsAsync()).Select(t => new ApprovedTime(placement.Id, placement.PlannedStart, t.Item1, t.Item2,
            t.Item3))];

    private static Actor As(Viewer viewer) => new(viewer.UserId, viewer.UserId);

    private static TimeEntryInput Shift(DateOnly date, int startHour, int endHour) =>
        new(date, new TimeOnly(startHour, 0), new TimeOnly(endHour, 0), null, TimeEntryKind.OnSite, null);

    private async Task<Viewer> UserAsync(string email, string role)
    {
        var user = new AppUser { UserName = email, Email = email, DisplayName = role };
        Assert.True((await database.Users.CreateAsync(user)).Succeeded);
        return new Viewer(user.Id, new HashSet<string> { role });
    }

    private async Task<Placement> AddPlacementAsync(string studentUserId, string supervisorUserId)
    {
        var records = TestPlacement.Create(new DateOnly(2026, 9, 7), PlacementStatus.Active);
        records.Student.UserId = studentUserId;
        var placement = records.Placement;
        placement.SupervisorUserId = supervisorUserId;
        database.Db.AddRange(records.Records);
        await database.Db.SaveChangesAsync();
        database.Db.ChangeTracker.Clear();
        return placement;
    }
}

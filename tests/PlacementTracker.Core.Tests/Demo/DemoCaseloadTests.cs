using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Feedback;
using PlacementTracker.Core.Monitoring;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Settings;

namespace PlacementTracker.Core.Tests.Demo;

/// <summary>
/// The coordinator's caseload on the demo college, seeded by the real seeder on the demo date: a mix of red, amber
/// and green, and the placements the demo sets up to need attention show the reasons it means them to.
/// </summary>
public sealed class DemoCaseloadTests(SeededDemoCollege college) : IClassFixture<SeededDemoCollege>
{
    private PlacementDbContext Db => college.Database.Db;

    private static DateOnly Today => DateOnly.FromDateTime(SeededDemoCollege.Now.UtcDateTime);

    [Fact]
    public async Task CoordinatorCaseload_ShowsRedAmberAndGreen()
    {
        var caseload = await CaseloadAsync();

        Assert.True(caseload.Counts[RagStatus.Red] >= 1, "no red placement");
        Assert.True(caseload.Counts[RagStatus.Amber] >= 1, "no amber placement");
        Assert.True(caseload.Counts[RagStatus.Green] >= 1, "no green placement");
        Assert.Contains(caseload.Entries,
            e => e.PlacementStatus == PlacementStatus.Active && e.Status == RagStatus.Green);
        Assert.All(caseload.Entries.Where(e => e.Status == RagStatus.Green), e => Assert.Empty(e.Assessment.Reasons));
    }

    [Fact]
    public async Task WellBehindPlacement_IsRedForHours_WithTheEmployersConcern_AndAQuietLogbook()
    {
        var caseload = await CaseloadAsync();
        var recorded = await Db.TimeEntries.GroupBy(t => t.PlacementId)
            .Select(g => new { PlacementId = g.Key, Minutes = g.Sum(t => t.Minutes) })
            .ToDictionaryAsync(g => g.PlacementId, g => g.Minutes);

        // The demo works one placement at about half its planned pace: the lowest share of expected hours recorded.
        var wellBehind = caseload.Entries
            .Where(e => e.PlacementStatus == PlacementStatus.Active && e.Snapshot.ExpectedMinutes > 0)
            .MinBy(e => (double)recorded.GetValueOrDefault(e.PlacementId) / e.Snapshot.ExpectedMinutes)!;

        Assert.Equal(RagStatus.Red, wellBehind.Status);
        Assert.Equal(RagStatus.Red, Reason(wellBehind, StatusReasonCode.HoursBehind).Severity);
        Assert.StartsWith("The employer raised 1 concern", Reason(wellBehind, StatusReasonCode.EmployerConcerns)
            .Sentence, StringComparison.Ordinal);
        Assert.Equal(RagStatus.Amber, Reason(wellBehind, StatusReasonCode.NoLogbookEntry).Severity);
    }

    [Fact]
    public async Task OnlyTheWellBehindPlacement_HasAQuietLogbook()
    {
        var caseload = await CaseloadAsync();

        // Every other active placement writes its logbook weekly.
        Assert.Single(caseload.Entries, e => e.Assessment.Has(StatusReasonCode.NoLogbookEntry));
    }

    [Fact]
    public async Task PlacementsWithAConcernFromTheirSupervisor_ShowTheEmployersConcern()
    {
        var caseload = await CaseloadAsync();
        var since = Today.AddDays(-new ProviderSettings().ConcernNoteDays);
        // Completed placements leave the caseload, so their concerns no longer show there.
        var concerned = await Db.FeedbackNotes
            .Where(n => n.Tone == FeedbackTone.Concern && n.Date >= since)
            .Where(n => Db.Placements.Any(p => p.Id == n.PlacementId
                && PlacementStatusEngine.Live.Contains(p.Status)))
            .Select(n => n.PlacementId)
            .Distinct()
            .ToListAsync();

        Assert.NotEmpty(concerned);
        var entries = caseload.Entries.Where(e => concerned.Contains(e.PlacementId)).ToList();
        Assert.Equal(concerned.Count, entries.Count);
        Assert.All(entries, e => Assert.Equal(RagStatus.Amber, Reason(e, StatusReasonCode.EmployerConcerns).Severity));
        Assert.All(caseload.Entries.Where(e => !concerned.Contains(e.PlacementId)),
            e => Assert.False(e.Assessment.Has(StatusReasonCode.EmployerConcerns)));
    }

    [Fact]
    public async Task PlacementRatedNeedsImprovement_ShowsItsTwoAreas()
    {
        var caseload = await CaseloadAsync();
        var rated = await Db.Reviews
            .Where(r => r.HeldOn != null && r.Ratings.Any(x => x.LevelPosition == 1))
            .Select(r => r.PlacementId)
            .SingleAsync();

        var entry = Assert.Single(caseload.Entries, e => e.PlacementId == rated);
        var reason = Reason(entry, StatusReasonCode.ReviewNeedsImprovement);
        Assert.Equal(RagStatus.Amber, reason.Severity);
        Assert.Contains("rated 2 areas", reason.Sentence, StringComparison.Ordinal);
        Assert.Contains("(Communication, Timekeeping)", reason.Sentence, StringComparison.Ordinal);
        Assert.Single(caseload.Entries, e => e.Assessment.Has(StatusReasonCode.ReviewNeedsImprovement));
    }

    [Fact]
    public async Task PlacementsWithAnEmployerCheckExpired_AreRedForIt()
    {
        var caseload = await CaseloadAsync();
        var lapsed = await Db.DueDiligenceChecks.Where(c => c.ExpiresOn < Today).Select(c => c.EmployerId)
            .Distinct().ToListAsync();

        var affected = caseload.Entries.Where(e => lapsed.Contains(e.EmployerId)).ToList();
        Assert.NotEmpty(affected);
        Assert.All(affected, e =>
        {
            Assert.Equal(RagStatus.Red, e.Status);
            Assert.Equal(RagStatus.Red, Reason(e, StatusReasonCode.DueDiligenceExpired).Severity);
        });
        Assert.All(caseload.Entries.Where(e => !lapsed.Contains(e.EmployerId)),
            e => Assert.False(e.Assessment.Has(StatusReasonCode.DueDiligenceExpired)));
    }

    [Fact]
    public async Task PlacementsThatLetAReviewSlip_ShowItOverdue_RedAfterTwoWeeks()
    {
        var caseload = await CaseloadAsync();
        var redAfter = new ProviderSettings().ReviewOverdueRedDays;

        // Reviews due more than a week ago are held in the demo, except on the placements that let one slip and the
        // one left ready to complete; the reason names the earliest review a placement has let slip.
        var slipped = (await Db.Reviews
            .Where(r => r.HeldOn == null && r.DueOn != null && r.DueOn < Today.AddDays(-7))
            .Select(r => new { r.PlacementId, DueOn = r.DueOn!.Value })
            .ToListAsync())
            .GroupBy(r => r.PlacementId)
            .Select(g => g.MinBy(r => r.DueOn)!)
            .ToList();

        Assert.NotEmpty(slipped);
        foreach (var review in slipped.Where(r => caseload.Entries.Any(e =>
                     e.PlacementId == r.PlacementId && e.PlacementStatus == PlacementStatus.Active)))
        {
            var entry = caseload.Entries.Single(e => e.PlacementId == review.PlacementId);
            var reason = Reason(entry, StatusReasonCode.ReviewOverdue);
            var days = Today.DayNumber - review.DueOn.DayNumber;
            Assert.Equal(days > redAfter ? RagStatus.Red : RagStatus.Amber, reason.Severity);
            Assert.Contains($"({days} days overdue)", reason.Sentence, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DemoStudentsPlacement_IsOnTheCaseload_WithItsLastWeekWaitingNotYetLate()
    {
        var caseload = await CaseloadAsync();
        var demoStudent = await Db.Students
            .Where(s => s.UserId == Db.Users.Where(u => u.Email == "student@demo.placement-tracker.test")
                .Select(u => u.Id).Single())
            .Select(s => s.Id)
            .SingleAsync();

        var entry = Assert.Single(caseload.Entries, e => e.StudentId == demoStudent);
        Assert.Equal(PlacementStatus.Active, entry.PlacementStatus);
        // Submitted on Friday, so within the days a supervisor has to approve it.
        Assert.Single(entry.Snapshot.WaitingTimesheetsSubmittedUtc);
        Assert.False(entry.Assessment.Has(StatusReasonCode.TimesheetsWaiting));
    }

    private static StatusReason Reason(CaseloadEntry entry, StatusReasonCode code) =>
        Assert.Single(entry.Assessment.Reasons, r => r.Code == code);

    private async Task<Caseload> CaseloadAsync()
    {
        var clock = new FakeTimeProvider(SeededDemoCollege.Now);
        var settings = new ProviderSettingsStore(Db, new AuditLog(Db, clock));
        var loader = new CaseloadLoader(Db, new AccessScope(Db), new ProgressService(Db, settings, clock), settings,
            clock);
        var coordinator = new Viewer("coordinator", new HashSet<string> { Roles.PlacementCoordinator });
        return await loader.LoadAsync(coordinator, new CaseloadFilter(), CancellationToken.None);
    }
}

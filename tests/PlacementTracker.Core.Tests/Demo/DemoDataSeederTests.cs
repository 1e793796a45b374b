using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Demo;
using PlacementTracker.Core.Identifiers;
using PlacementTracker.Core.Outcomes;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Students;
using PlacementTracker.Core.Tests.Support;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Tests.Demo;

public sealed class DemoDataSeederTests(SeededDemoCollege college) : IClassFixture<SeededDemoCollege>
{
    private const string Domain = "demo.placement-tracker.test";

    private PlacementDbContext Db => college.Database.Db;

    private static DateOnly Today => DateOnly.FromDateTime(SeededDemoCollege.Now.UtcDateTime);

    [Fact]
    public void Seed_CreatesOneSignInPerRole()
    {
        Assert.Equal(7, college.SignIns.Count);
        Assert.Equal(Roles.All.Order(), college.SignIns.Select(s => s.Role).Order());
        Assert.All(college.SignIns, s => Assert.EndsWith($"@{Domain}", s.Email, StringComparison.Ordinal));
        Assert.All(college.SignIns, s => Assert.Equal(DemoDataSeeder.Password, s.Password));
        Assert.Equal(7, college.SignIns.Select(s => s.Email).Distinct().Count());
    }

    [Fact]
    public async Task Seed_SignInsAcceptTheDemoPasswordAndHoldTheirRole()
    {
        foreach (var signIn in college.SignIns)
        {
            var user = await college.Database.Users.FindByEmailAsync(signIn.Email);
            Assert.NotNull(user);
            Assert.True(await college.Database.Users.CheckPasswordAsync(user, signIn.Password));
            Assert.Equal([signIn.Role], await college.Database.Users.GetRolesAsync(user));
            Assert.True(user.EmailConfirmed);
            Assert.NotNull(user.ActivatedAtUtc);
            Assert.Equal(signIn.Name, user.DisplayName);
        }
    }

    [Fact]
    public async Task Seed_CreatesAboutFortyEmployersWithOneOrTwoSites()
    {
        var employers = await Db.Employers.Include(e => e.Sites).ToListAsync();

        Assert.InRange(employers.Count, 36, 44);
        Assert.All(employers, e => Assert.InRange(e.Sites.Count, 1, 2));
        Assert.All(employers, e => Assert.False(string.IsNullOrWhiteSpace(e.Sector)));
    }

    [Fact]
    public async Task Seed_EverySitePostcodeIsValid()
    {
        var sites = await Db.EmployerSites.ToListAsync();

        Assert.All(sites, s => Assert.Equal(s.Postcode, Postcode.Normalise(s.Postcode)));
        Assert.All(sites, s => Assert.False(string.IsNullOrWhiteSpace(s.AddressLine1)));
        Assert.All(sites, s => Assert.False(string.IsNullOrWhiteSpace(s.Town)));
    }

    [Fact]
    public async Task Seed_Creates120StudentsWithValidUniqueUlns()
    {
        var students = await Db.Students.ToListAsync();

        Assert.Equal(120, students.Count);
        Assert.All(students, s => Assert.True(Uln.IsValid(s.Uln), s.Uln));
        Assert.Equal(students.Count, students.Select(s => s.Uln).Distinct().Count());
    }

    [Fact]
    public async Task Seed_StudentNumbersAreUniqueAndNeverTheUln()
    {
        var students = await Db.Students.ToListAsync();

        Assert.All(students, s => Assert.NotEqual(s.Uln, s.StudentNumber));
        Assert.All(students, s => Assert.Matches("^S[0-9]{6}$", s.StudentNumber));
        Assert.Equal(students.Count, students.Select(s => s.StudentNumber).Distinct().Count());
    }

    [Fact]
    public async Task Seed_StudentsAreSixteenToNineteenWithValidPostcodes()
    {
        var students = await Db.Students.ToListAsync();

        Assert.All(students, s => Assert.Equal(s.Postcode, Postcode.Normalise(s.Postcode)));
        Assert.All(students, s => Assert.InRange(s.DateOfBirth, Today.AddYears(-19), Today.AddYears(-16)));
        Assert.All(students, s => Assert.Matches("^20[0-9]{2} to 20[0-9]{2}$", s.Cohort));
        Assert.All(students, s => Assert.Equal(EndOfCohort(s.Cohort), s.ExpectedEndDate));
        Assert.All(students, s => Assert.NotNull(s.TutorUserId));
    }

    [Fact]
    public async Task Seed_SpreadsStudentsAcrossPathwaysIncludingEarlyYearsAndDigital()
    {
        var students = await Db.Students.ToListAsync();
        var specialisms = await Db.Specialisms.Include(s => s.Pathway!.Route).ToDictionaryAsync(s => s.Code);

        Assert.True(students.Select(s => s.CoreCode).Distinct().Count() >= 5);
        Assert.All(students, s => Assert.Equal(specialisms[s.SpecialismCode].CoreCode, s.CoreCode));
        Assert.Contains(students, s => specialisms[s.SpecialismCode].Name == "Early Years Educator");
        Assert.Contains(students, s => specialisms[s.SpecialismCode].Pathway!.Route!.Name == "Digital");
    }

    [Fact]
    public async Task Seed_CreatesPlacementsAtEveryStage()
    {
        var placements = await Db.Placements.ToListAsync();
        var placedStudents = placements.Select(p => p.StudentId).ToHashSet();

        foreach (var status in Enum.GetValues<PlacementStatus>())
        {
            Assert.True(placements.Count(p => p.Status == status) >= 3, $"Too few {status} placements.");
        }

        Assert.InRange(120 - placedStudents.Count, 10, 20);
        Assert.Equal(3, placements.Select(p => p.DeliveryModel).Distinct().Count());
    }

    [Fact]
    public async Task Seed_PlacementsPlanTheSpecialismsHours()
    {
        var students = await Db.Students.ToDictionaryAsync(s => s.Id);
        var hours = await Db.Specialisms.ToDictionaryAsync(s => s.Code, s => s.RequiredHours);
        var byStudent = (await Db.Placements.ToListAsync()).GroupBy(p => p.StudentId);

        foreach (var placements in byStudent)
        {
            var required = hours[students[placements.Key].SpecialismCode];
            var withdrawn = placements.Where(p => p.Status == PlacementStatus.Withdrawn).ToList();
            Assert.All(withdrawn, p => Assert.Equal(required, p.PlannedHours));
            if (withdrawn.Count == 0)
            {
                Assert.Equal(required, placements.Sum(p => p.PlannedHours));
            }
        }
    }

    [Fact]
    public async Task Seed_SomeStudentsHaveTwoPlacementsWithDifferentEmployers()
    {
        var byStudent = (await Db.Placements.ToListAsync()).GroupBy(p => p.StudentId).ToList();

        Assert.InRange(byStudent.Count(g => g.Count() == 2), 3, 10);
        Assert.All(byStudent, g => Assert.InRange(g.Count(), 1, 2));
        Assert.All(byStudent, g => Assert.Equal(g.Count(), g.Select(p => p.EmployerId).Distinct().Count()));
    }

    [Fact]
    public async Task Seed_PlacementsHaveASiteAndSupervisorOfTheirEmployer()
    {
        var placements = await Db.Placements.ToListAsync();
        var sites = await Db.EmployerSites.ToDictionaryAsync(s => s.Id, s => s.EmployerId);
        var supervisors = await Db.EmployerSupervisors.ToListAsync();

        Assert.All(placements, p => Assert.Equal(p.EmployerId, sites[p.EmployerSiteId!.Value]));
        Assert.All(placements, p => Assert.Contains(
            supervisors, s => s.EmployerId == p.EmployerId && s.UserId == p.SupervisorUserId));
        Assert.All(placements, p => Assert.False(string.IsNullOrWhiteSpace(p.RoleTitle)));
    }

    [Fact]
    public async Task Seed_SupervisorsSignInAtTheirEmployersDomain()
    {
        var supervisors = await college.Database.Users.GetUsersInRoleAsync(Roles.EmployerSupervisor);
        var demoSupervisor = college.SignIns.Single(s => s.Role == Roles.EmployerSupervisor).Email;

        Assert.True(supervisors.Count >= 30);
        var employerDomain = $"^[a-z]+\\.[a-z]+@[a-z0-9-]+\\.{Domain.Replace(".", "\\.", StringComparison.Ordinal)}$";
        Assert.All(supervisors.Where(u => u.Email != demoSupervisor), u => Assert.Matches(employerDomain, u.Email));
    }

    [Fact]
    public async Task Seed_DemoStudentSeesOnlyThemself()
    {
        var signIn = college.SignIns.Single(s => s.Role == Roles.Student);

        var seen = await college.Database.StudentsSeenByAsync(signIn.Email);

        var student = Assert.Single(seen);
        Assert.Equal(signIn.Name, student.FullName);
        Assert.Equal(signIn.Email, student.Email);
    }

    [Fact]
    public async Task Seed_DemoStudentHasAnActivePlacementWithTheDemoSupervisor()
    {
        var student = await StudentOfSignInAsync(Roles.Student);
        var supervisor = await UserOfSignInAsync(Roles.EmployerSupervisor);

        var placements = await Db.Placements.Where(p => p.StudentId == student.Id).ToListAsync();

        Assert.Contains(placements, p => p.Status == PlacementStatus.Active && p.SupervisorUserId == supervisor.Id);
    }

    [Fact]
    public async Task Seed_DemoSupervisorSeesOnlyStudentsPlacedWithThem()
    {
        var supervisor = await UserOfSignInAsync(Roles.EmployerSupervisor);
        var placedWithThem = await Db.Placements
            .Where(p => p.SupervisorUserId == supervisor.Id)
            .Select(p => p.StudentId)
            .Distinct()
            .ToListAsync();

        var seen = await college.Database.StudentsSeenByAsync(supervisor.Email!);

        Assert.True(seen.Count >= 3, $"The demo supervisor sees {seen.Count} students.");
        Assert.Equal(placedWithThem.Order(), seen.Select(s => s.Id).Order());
    }

    [Fact]
    public async Task Seed_DemoTutorTutorsTheDemoStudentAndOthers()
    {
        var tutor = await UserOfSignInAsync(Roles.Tutor);
        var student = await StudentOfSignInAsync(Roles.Student);

        var seen = await college.Database.StudentsSeenByAsync(tutor.Email!);

        Assert.Contains(seen, s => s.Id == student.Id);
        Assert.True(seen.Count >= 6, $"The demo tutor tutors {seen.Count} students.");
        Assert.True(await Db.Students.Select(s => s.TutorUserId).Distinct().CountAsync() > 1);
    }

    [Fact]
    public async Task Seed_DemoSubjectLeadLeadsTwoPathwaysWithStudents()
    {
        var lead = await UserOfSignInAsync(Roles.SubjectLead);
        var pathways = await Db.SubjectLeadPathways
            .Where(l => l.UserId == lead.Id)
            .Select(l => l.CoreCode)
            .ToListAsync();

        var seen = await college.Database.StudentsSeenByAsync(lead.Email!);

        Assert.Equal(2, pathways.Count);
        Assert.Equal(pathways.Order(), seen.Select(s => s.CoreCode).Distinct().Order());
    }

    [Fact]
    public async Task Seed_WhenTheDatabaseAlreadyHasUsers_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => college.Database.SeedAsync(SeededDemoCollege.Now));
    }

    [Fact]
    public async Task Seed_WithTheSameClock_CreatesTheSameUlns()
    {
        await using var first = await CoreTestDatabase.CreateAsync();
        await using var second = await CoreTestDatabase.CreateAsync();

        await first.SeedAsync(SeededDemoCollege.Now);
        await second.SeedAsync(SeededDemoCollege.Now);

        Assert.Equal(
            await first.Db.Students.Select(s => s.Uln).OrderBy(u => u).ToListAsync(),
            await second.Db.Students.Select(s => s.Uln).OrderBy(u => u).ToListAsync());
    }

    [Theory]
    [InlineData("2026-03-16")]
    [InlineData("2026-06-28")]
    [InlineData("2026-08-15")]
    [InlineData("2026-09-03")]
    [InlineData("2027-01-11")]
    public async Task Seed_PlacementDatesFitTheirStatusToday(string today)
    {
        var date = DateOnly.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var database = await CoreTestDatabase.CreateAsync();
        await database.SeedAsync(new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));

        var students = await database.Db.Students.ToDictionaryAsync(s => s.Id);
        var placements = await database.Db.Placements.ToListAsync();

        // The placement left ready to complete has ended but stays active until the declaration is signed.
        var ended = Assert.Single(placements, p => p.Status == PlacementStatus.Active && p.PlannedEnd < date);
        Assert.All(placements.Where(p => p != ended), p => Assert.True(FitsStatus(p, date), Describe(p, date)));
        Assert.True(ended.PlannedStart < ended.PlannedEnd, Describe(ended, date));
        Assert.All(placements, p => Assert.True(
            p.PlannedEnd <= students[p.StudentId].ExpectedEndDate, Describe(p, date)));
        Assert.All(students.Values, s => Assert.InRange(s.DateOfBirth, date.AddYears(-19), date.AddYears(-16)));
    }

    /// <summary>31 July of the cohort's final year: "2025 to 2027" ends on 31 July 2027.</summary>
    private static DateOnly EndOfCohort(string cohort) =>
        new(int.Parse(cohort[^4..], CultureInfo.InvariantCulture), 7, 31);

    private static bool FitsStatus(Placement placement, DateOnly today) =>
        placement.PlannedStart < placement.PlannedEnd && placement.Status switch
        {
            PlacementStatus.Completed => placement.PlannedEnd < today,
            PlacementStatus.Withdrawn => placement.PlannedStart < today,
            PlacementStatus.Active or PlacementStatus.OnHold =>
                placement.PlannedStart <= today && today <= placement.PlannedEnd,
            _ => placement.PlannedStart > today,
        };

    private static string Describe(Placement p, DateOnly today) =>
        $"{p.Status} {p.PlannedStart:yyyy-MM-dd} to {p.PlannedEnd:yyyy-MM-dd} on {today:yyyy-MM-dd}";

    private async Task<AppUser> UserOfSignInAsync(string role)
    {
        var email = college.SignIns.Single(s => s.Role == role).Email;
        return await college.Database.Users.FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No user {email}.");
    }

    [Fact]
    public async Task Seed_AFewStudentsHaveSendNeeds_AndOnlyConsentedAdjustmentsAreShared()
    {
        var students = await Db.Students.Include(s => s.Adjustments).ToListAsync();
        var withNeeds = students.Where(s => s.SendNeeds is not null).ToList();

        Assert.InRange(withNeeds.Count, 5, 40);
        Assert.All(withNeeds, s => Assert.NotEmpty(s.Adjustments));
        Assert.Contains(withNeeds, s => s.Adjustments.Any(a => a.ShareWithEmployer));
        Assert.All(students.SelectMany(s => s.Adjustments.Where(a => a.ShareWithEmployer).Select(_ => s)),
            s => Assert.True(s.SharingConsentGiven));
        Assert.All(students, s => Assert.NotEqual(WorkingDays.None, s.Availability));
    }

    [Fact]
    public async Task Seed_DemoStudentHasAnAdjustmentSharedWithTheirSupervisor()
    {
        var student = await StudentOfSignInAsync(Roles.Student);
        var adjustments = await Db.Set<ReasonableAdjustment>().Where(a => a.StudentId == student.Id).ToListAsync();

        Assert.True(student.SharingConsentGiven);
        Assert.Contains(adjustments, a => a.ShareWithEmployer);
        Assert.Contains(adjustments, a => !a.ShareWithEmployer);
    }

    private async Task<Student> StudentOfSignInAsync(string role)
    {
        var user = await UserOfSignInAsync(role);
        return await Db.Students.SingleAsync(s => s.UserId == user.Id);
    }

    [Fact]
    public async Task Seed_GivesEmployersUniqueReferencesChecksAndOpportunities()
    {
        var employers = await Db.Employers.Include(e => e.DueDiligenceChecks).ToListAsync();
        var checks = employers.SelectMany(e => e.DueDiligenceChecks).ToList();

        Assert.Equal(employers.Count, employers.Select(e => e.Reference).Distinct().Count());
        Assert.All(employers, e => Assert.False(string.IsNullOrWhiteSpace(e.UsualHours)));
        Assert.Contains(checks, c => c.ExpiresOn < Today);
        Assert.Contains(checks, c => c.ExpiresOn >= Today && c.ExpiresOn <= Today.AddDays(30));
        Assert.NotEmpty(await Db.Opportunities.ToListAsync());
    }

    [Fact]
    public async Task Seed_OneStudentCompletedAndOneCompletedWithSpecialConsideration_BothSignedAndLocked()
    {
        var audit = new AuditLog(Db, TimeProvider.System);
        var progress = new ProgressService(Db, new ProviderSettingsStore(Db, audit),
            new FakeTimeProvider(SeededDemoCollege.Now));
        var industry = await Db.IndustryPlacements.AsNoTracking().ToListAsync();
        var counted = await progress.ForIndustryPlacementsAsync([.. industry.Select(i => i.Id)]);
        var outcomes = industry.ToDictionary(i => i.Id, i => OutcomeRule.For(OutcomeService.FactsOf(i, counted[i.Id])));

        var completed = Assert.Single(industry, i => outcomes[i.Id] == PlacementOutcome.Completed);
        var special = Assert.Single(industry,
            i => outcomes[i.Id] == PlacementOutcome.CompletedWithSpecialConsideration);
        Assert.True(counted[completed.Id].CountedMinutes >= counted[completed.Id].RequiredMinutes);
        Assert.True(counted[special.Id].CountedMinutes < counted[special.Id].RequiredMinutes);
        Assert.Equal("ML", special.SpecialConsiderationReasonCodes);
        Assert.InRange(special.SpecialConsiderationHours!.Value, 1, counted[special.Id].RequiredMinutes / 60 - 1);
        foreach (var signedOff in new[] { completed, special })
        {
            var placement = await Db.Placements.AsNoTracking().SingleAsync(p => p.IndustryPlacementId == signedOff.Id);
            Assert.Equal(PlacementStatus.Completed, placement.Status);
            Assert.Contains(await Db.PlacementStatusChanges.AsNoTracking()
                    .Where(c => c.PlacementId == placement.Id).ToListAsync(),
                c => c.To == PlacementStatus.Completed && c.Reason == PlacementStatusFlow.DeclarationSignedReason);
            var declaration = await Db.SignedDocuments.AsNoTracking().Include(d => d.Signatures)
                .SingleAsync(d => d.PlacementId == placement.Id && d.Kind == DocumentKind.CompletionDeclaration);
            Assert.True(DeclarationService.IsFullySigned(declaration));
            Assert.NotNull(signedOff.RecordLockedAtUtc);
        }
    }

    [Fact]
    public async Task Seed_OneActivePlacementIsReadyToComplete_HoursApprovedAgreementSignedButNoReviewHeld()
    {
        var audit = new AuditLog(Db, TimeProvider.System);
        var progress = new ProgressService(Db, new ProviderSettingsStore(Db, audit),
            new FakeTimeProvider(SeededDemoCollege.Now));
        var supervisorId = await Db.Users.Where(u => u.Email == $"supervisor@{Domain}").Select(u => u.Id).SingleAsync();
        var active = await Db.Placements.AsNoTracking().Where(p => p.Status == PlacementStatus.Active).ToListAsync();
        var counted = await progress.ForIndustryPlacementsAsync([.. active.Select(p => p.IndustryPlacementId)]);

        var ready = Assert.Single(active, p =>
            counted[p.IndustryPlacementId].CountedMinutes >= counted[p.IndustryPlacementId].RequiredMinutes);
        Assert.Equal(supervisorId, ready.SupervisorUserId);
        Assert.True(ready.PlannedEnd < Today);
        Assert.DoesNotContain(await Db.Timesheets.AsNoTracking().Where(t => t.PlacementId == ready.Id).ToListAsync(),
            t => t.Status != TimesheetStatus.Approved);
        var reviews = await Db.Reviews.AsNoTracking().Where(r => r.PlacementId == ready.Id).ToListAsync();
        Assert.Equal(DeclarationFacts.FormalReviews.Order(), reviews.Select(r => r.Kind).Order());
        Assert.All(reviews, r => Assert.Null(r.HeldOn));
        Assert.Null(await Db.CompletionReviews.AsNoTracking().SingleOrDefaultAsync(r => r.PlacementId == ready.Id));
        var agreement = await Db.SignedDocuments.AsNoTracking().Include(d => d.Signatures)
            .SingleAsync(d => d.PlacementId == ready.Id && d.Kind == DocumentKind.Agreement);
        Assert.True(AgreementService.IsFullySigned(agreement));
        var facts = await DeclarationFacts.LoadAsync(Db, progress, ready.Id);
        Assert.Equal(["Start review held", "Middle review held", "End review held", "Employer appraisal done",
                "End-of-placement review done"],
            facts!.Conditions().Where(c => !c.Met).Select(c => c.Name));
    }

    [Fact]
    public async Task Seed_ReviewsIncludeOnePlacementNeedingImprovementInTwoAreasAndAnOverdueReview()
    {
        var lowRatings = await Db.ReviewRatings.AsNoTracking()
            .Where(r => r.LevelName == "Needs improvement")
            .Join(Db.Reviews, r => r.ReviewId, review => review.Id,
                (r, review) => new { review.PlacementId, r.AreaName })
            .ToListAsync();
        var overdue = (await Db.Reviews.AsNoTracking().ToListAsync()).Where(r => ReviewRules.IsOverdue(r, Today));

        Assert.Single(lowRatings.Select(r => r.PlacementId).Distinct());
        Assert.Equal(["Communication", "Timekeeping"], lowRatings.Select(r => r.AreaName).Order());
        Assert.NotEmpty(overdue);
        Assert.True(await Db.Reviews.AnyAsync(r => r.CompletedAtUtc != null));
    }

    [Fact]
    public async Task Seed_KeepsApprovedTimeTotalsEqualToTheApprovedEntries()
    {
        var fromEntries = (await ApprovedTimeTotals.ApprovedEntries(Db)
                .GroupBy(e => new { e.PlacementId, e.Kind })
                .Select(g => new
                {
                    g.Key.PlacementId,
                    g.Key.Kind,
                    Minutes = g.Sum(e => e.Minutes),
                    First = g.Min(e => e.Date),
                })
                .ToListAsync())
            .Select(t => (t.PlacementId, t.Kind, t.Minutes, t.First))
            .Order()
            .ToList();
        var kept = (await Db.ApprovedTimeTotals.AsNoTracking().ToListAsync())
            .Select(t => (t.PlacementId, t.Kind, t.Minutes, t.FirstDate))
            .Order()
            .ToList();

        Assert.NotEmpty(fromEntries);
        Assert.Equal(fromEntries, kept);
    }
}

/// <summary>One demo college, seeded once and shared by the tests that only read it.</summary>
public sealed class SeededDemoCollege : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 3, 16, 9, 30, 0, TimeSpan.Zero);

    public CoreTestDatabase Database { get; private set; } = null!;

    public IReadOnlyList<DemoSignIn> SignIns { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Database = await CoreTestDatabase.CreateAsync();

        // As the app does on first start: the starter templates load before the demo college.
        await new ObjectiveTemplateStarterSet(Database.Db).LoadIfEmptyAsync();
        SignIns = await Database.SeedAsync(Now);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

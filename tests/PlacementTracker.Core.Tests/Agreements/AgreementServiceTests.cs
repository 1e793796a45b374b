using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Documents;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Students;
using PlacementTracker.Core.Tests.Support;
using UglyToad.PdfPig;

namespace PlacementTracker.Core.Tests.Agreements;

public sealed class AgreementServiceTests : IAsyncLifetime
{
    private static readonly Actor Coordinator = new("coordinator", "Coordinator");

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 9, 1, 8, 30, 0, TimeSpan.Zero));
    private readonly RecordingMessages messages = new();
    private CoreTestDatabase database = default!;
    private People people = default!;

    private AgreementService Agreements =>
        new(database.Db, new AuditLog(database.Db, clock), clock, messages);

    public async Task InitializeAsync()
    {
        database = await CoreTestDatabase.CreateAsync();
        people = await CreatePlacementAsync();
    }

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task Refresh_WhenNoneExists_GeneratesTheAgreementWithItsHash()
    {
        var view = await Agreements.RefreshAsync(people.PlacementId, Coordinator);

        var stored = await database.Db.SignedDocuments.SingleAsync();
        Assert.Equal(view!.Document.ToPlainText(), stored.Content);
        Assert.Equal(PrintedDocument.Hash(stored.Content), stored.ContentHash);
        Assert.Equal(1, stored.PlanNumber);
        Assert.Contains("Student: Amara Okafor", stored.Content, StringComparison.Ordinal);
        Assert.Contains("Unique learner number (ULN): 1234567890", stored.Content, StringComparison.Ordinal);
        Assert.Contains("UK provider reference number (UKPRN): 10012345", stored.Content, StringComparison.Ordinal);
        Assert.Contains("Workplace supervisor: Sam Supervisor", stored.Content, StringComparison.Ordinal);
        Assert.Contains("Objective 1: Build a small web form", stored.Content, StringComparison.Ordinal);
        Assert.Contains("- Regular breaks", stored.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("Not for the employer", stored.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("Dyslexia", stored.Content, StringComparison.Ordinal);
        Assert.Single(await AuditedAsync(AuditActions.AgreementGenerated));
    }

    [Fact]
    public async Task Build_FromTheSameFacts_GivesTheSameHash()
    {
        var first = await AgreementFacts.LoadAsync(database.Db, people.PlacementId);
        var second = await AgreementFacts.LoadAsync(database.Db, people.PlacementId);

        Assert.Equal(AgreementContent.Build(first!).ContentHash(), AgreementContent.Build(second!).ContentHash());
    }

    [Fact]
    public async Task Refresh_WithoutAChange_ChangesNothing()
    {
        var first = await Agreements.RefreshAsync(people.PlacementId, Coordinator);
        await SignAsAllAsync(first!.Current.ContentHash);

        var again = await Agreements.RefreshAsync(people.PlacementId, Coordinator);

        Assert.Equal(first.Current.Id, again!.Current.Id);
        Assert.Single(await database.Db.SignedDocuments.ToListAsync());
        Assert.All(await database.Db.Signatures.ToListAsync(), s => Assert.Null(s.VoidedAtUtc));
        Assert.Empty(messages.Sent);
    }

    [Fact]
    public async Task Refresh_AfterAChange_VoidsEverySignatureAndTellsTheSigners()
    {
        var first = await Agreements.RefreshAsync(people.PlacementId, Coordinator);
        await SignAsAllAsync(first!.Current.ContentHash);
        await ChangePlacementAsync(p => p.PlannedHours = 350);

        var changed = await Agreements.RefreshAsync(people.PlacementId, Coordinator);

        Assert.NotEqual(first.Current.ContentHash, changed!.Current.ContentHash);
        Assert.Contains("Planned hours: 350", changed.Current.Content, StringComparison.Ordinal);
        var old = await database.Db.SignedDocuments.AsNoTracking().SingleAsync(d => d.Id == first.Current.Id);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, old.ReplacedAtUtc);
        Assert.All(await database.Db.Signatures.ToListAsync(), s => Assert.NotNull(s.VoidedAtUtc));
        Assert.Equal(3, changed.VoidedSignatures.Count);
        Assert.Empty(changed.Current.Signatures);
        var (placementId, signers) = Assert.Single(messages.Sent);
        Assert.Equal(people.PlacementId, placementId);
        Assert.Equal(
            ["student@test", "coordinator@test", "supervisor@test"],
            signers.Select(s => s.Email).ToArray());
        Assert.Single(await AuditedAsync(AuditActions.AgreementChanged));
    }

    [Fact]
    public async Task Sign_WithTheHashOfOlderContent_IsRefused()
    {
        var first = await Agreements.RefreshAsync(people.PlacementId, Coordinator);
        await ChangePlacementAsync(p => p.RoleTitle = "Apprentice analyst");

        var outcome = await Agreements.SignAsync(
            people.PlacementId, SignerCapacity.Student, first!.Current.ContentHash, people.Student);

        Assert.Equal(SignOutcome.ContentChanged, outcome);
        Assert.Empty(await database.Db.Signatures.ToListAsync());
    }

    [Fact]
    public async Task Sign_ByTheWrongPerson_IsRefusedInEveryCapacity()
    {
        var hash = (await Agreements.RefreshAsync(people.PlacementId, Coordinator))!.Current.ContentHash;
        var tutor = await CreateUserAsync("tutor@test", "Tess Tutor", Roles.Tutor);

        Assert.Equal(
            SignOutcome.NotAllowed,
            await Agreements.SignAsync(people.PlacementId, SignerCapacity.Student, hash, people.Supervisor));
        Assert.Equal(
            SignOutcome.NotAllowed,
            await Agreements.SignAsync(people.PlacementId, SignerCapacity.Employer, hash, people.Student));
        Assert.Equal(
            SignOutcome.NotAllowed,
            await Agreements.SignAsync(people.PlacementId, SignerCapacity.Provider, hash, tutor));
        Assert.Equal(
            SignOutcome.NotAllowed,
            await Agreements.SignAsync(people.PlacementId, SignerCapacity.Provider, hash, people.Supervisor));
        Assert.Empty(await database.Db.Signatures.ToListAsync());
    }

    [Fact]
    public async Task Sign_Twice_RecordsOneSignature()
    {
        var hash = (await Agreements.RefreshAsync(people.PlacementId, Coordinator))!.Current.ContentHash;

        var first = await Agreements.SignAsync(people.PlacementId, SignerCapacity.Student, hash, people.Student);
        var second = await Agreements.SignAsync(people.PlacementId, SignerCapacity.Student, hash, people.Student);

        Assert.Equal(SignOutcome.Done, first);
        Assert.Equal(SignOutcome.AlreadySigned, second);
        var signature = await database.Db.Signatures.SingleAsync();
        Assert.Equal(("Amara Okafor", hash), (signature.SignerName, signature.ContentHash));
        Assert.Single(await AuditedAsync(AuditActions.AgreementSigned));
    }

    [Fact]
    public async Task IsFullySigned_OnlyOnceStudentProviderAndEmployerHaveSigned()
    {
        var hash = (await Agreements.RefreshAsync(people.PlacementId, Coordinator))!.Current.ContentHash;
        await Agreements.SignAsync(people.PlacementId, SignerCapacity.Student, hash, people.Student);
        await Agreements.SignAsync(people.PlacementId, SignerCapacity.Provider, hash, people.Coordinator);
        Assert.False(await Agreements.IsFullySignedAsync(people.PlacementId));

        await Agreements.SignAsync(people.PlacementId, SignerCapacity.Employer, hash, people.Supervisor);

        Assert.True(await Agreements.IsFullySignedAsync(people.PlacementId));
    }

    [Fact]
    public async Task LaterPlanVersion_KeepsTheFullySignedAgreementAndIsReported()
    {
        var signed = await Agreements.RefreshAsync(people.PlacementId, Coordinator);
        await SignAsAllAsync(signed!.Current.ContentHash);
        await RevisePlanAsync("Build a larger web form");

        var view = await Agreements.GetAsync(people.PlacementId);

        Assert.Equal(signed.Current.Id, view!.Current.Id);
        Assert.Equal(2, view.LaterPlanNumber);
        Assert.True(view.IsFullySigned);
        Assert.Equal(signed.Current.Content, view.Document.ToPlainText());
        Assert.Contains("Build a small web form", view.Current.Content, StringComparison.Ordinal);
        Assert.Empty(messages.Sent);
    }

    [Fact]
    public async Task LaterPlanVersion_ThenAnotherChange_VoidsAndTakesTheCurrentPlan()
    {
        var signed = await Agreements.RefreshAsync(people.PlacementId, Coordinator);
        await SignAsAllAsync(signed!.Current.ContentHash);
        await RevisePlanAsync("Build a larger web form");
        await ChangePlacementAsync(p => p.PlannedEnd = p.PlannedEnd.AddDays(14));

        var view = await Agreements.GetAsync(people.PlacementId);

        Assert.NotEqual(signed.Current.Id, view!.Current.Id);
        Assert.Equal(2, view.Current.PlanNumber);
        Assert.Null(view.LaterPlanNumber);
        Assert.Contains("Build a larger web form", view.Current.Content, StringComparison.Ordinal);
        Assert.Single(messages.Sent);
    }

    [Fact]
    public async Task ObjectivesChange_BeforeFullySigned_VoidsTheSignaturesSoFar()
    {
        var first = await Agreements.RefreshAsync(people.PlacementId, Coordinator);
        await Agreements.SignAsync(
            people.PlacementId, SignerCapacity.Student, first!.Current.ContentHash, people.Student);
        await RevisePlanAsync("Build a larger web form");

        var view = await Agreements.GetAsync(people.PlacementId);

        Assert.NotEqual(first.Current.Id, view!.Current.Id);
        Assert.Single(view.VoidedSignatures);
        Assert.Equal("student@test", Assert.Single(Assert.Single(messages.Sent).Signers).Email);
    }

    [Fact]
    public async Task Pdf_ReadBack_HoldsThePartiesObjectivesSignaturesAndHash()
    {
        var first = await Agreements.RefreshAsync(people.PlacementId, Coordinator);
        await SignAsAllAsync(first!.Current.ContentHash);
        var view = await Agreements.GetAsync(people.PlacementId);

        var pdf = PrintedDocumentPdf.Write(view!.ForPrint(TimeZoneInfo.FindSystemTimeZoneById("Europe/London")));

        using var read = PdfDocument.Open(pdf);
        var text = string.Join("\n", read.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Industry placement agreement", text, StringComparison.Ordinal);
        Assert.Contains("Amara Okafor", text, StringComparison.Ordinal);
        Assert.Contains("Northfield Test College", text, StringComparison.Ordinal);
        Assert.Contains("Build a small web form", text, StringComparison.Ordinal);
        Assert.Contains("Signed by Sam Supervisor on 1 September 2026 at 09:30", text, StringComparison.Ordinal);
        var unspaced = text.Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains(view.Current.ContentHash, unspaced, StringComparison.Ordinal);
        Assert.Contains($"Page 1 of {read.NumberOfPages}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_OfALongDocument_BreaksPagesAndWrapsLines()
    {
        var paragraphs = Enumerable.Range(1, 60)
            .Select(i => (DocumentBlock)new DocumentParagraph($"Paragraph {i}: " + string.Concat(Enumerable.Repeat(
                "a long line of words that needs wrapping across the width of the page ", 3))))
            .ToList();
        var document = new PrintedDocument("Long", [new DocumentSection("Many paragraphs", paragraphs)]);

        using var read = PdfDocument.Open(PrintedDocumentPdf.Write(document));

        Assert.True(read.NumberOfPages > 1);
        var last = string.Join(" ", read.GetPage(read.NumberOfPages).GetWords().Select(w => w.Text));
        Assert.Contains($"Page {read.NumberOfPages} of {read.NumberOfPages}", last, StringComparison.Ordinal);
        Assert.Contains("Paragraph 60:", last, StringComparison.Ordinal);
    }

    private async Task SignAsAllAsync(string hash)
    {
        Assert.Equal(
            SignOutcome.Done,
            await Agreements.SignAsync(people.PlacementId, SignerCapacity.Student, hash, people.Student));
        Assert.Equal(
            SignOutcome.Done,
            await Agreements.SignAsync(people.PlacementId, SignerCapacity.Provider, hash, people.Coordinator));
        Assert.Equal(
            SignOutcome.Done,
            await Agreements.SignAsync(people.PlacementId, SignerCapacity.Employer, hash, people.Supervisor));
    }

    private Task<List<AuditEvent>> AuditedAsync(string action) =>
        database.Db.AuditEvents.Where(e => e.Action == action).ToListAsync();

    private async Task ChangePlacementAsync(Action<Placement> change)
    {
        var placement = await database.Db.Placements.SingleAsync(p => p.Id == people.PlacementId);
        change(placement);
        await database.Db.SaveChangesAsync();
    }

    /// <summary>As the plan's owner would after signing: a new plan version with a changed objective.</summary>
    private async Task RevisePlanAsync(string description)
    {
        var plan = await database.Db.PlacementPlans.SingleAsync(p => p.PlacementId == people.PlacementId);
        plan.Number++;
        var objective = await database.Db.Objectives.FirstAsync(o => o.PlacementId == people.PlacementId);
        objective.Description = description;
        await database.Db.SaveChangesAsync();
    }

    private async Task<People> CreatePlacementAsync()
    {
        var student = await CreateUserAsync("student@test", "Amara Okafor", Roles.Student);
        var supervisor = await CreateUserAsync("supervisor@test", "Sam Supervisor", Roles.EmployerSupervisor);
        var coordinator = await CreateUserAsync("coordinator@test", "Cara Coordinator", Roles.PlacementCoordinator);
        var db = database.Db;
        db.ProviderSettings.Add(new ProviderSettings { ProviderName = "Northfield Test College", Ukprn = "10012345" });
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
            SendNeeds = "Dyslexia",
            SharingConsentGiven = true,
        };
        learner.Adjustments.Add(
            new ReasonableAdjustment { Id = Guid.NewGuid(), Description = "Regular breaks", ShareWithEmployer = true });
        learner.Adjustments.Add(new ReasonableAdjustment { Id = Guid.NewGuid(), Description = "Not for the employer" });
        var employer = new Employer { Id = Guid.NewGuid(), Reference = "E1", Name = "Brightwater Digital" };
        var site = new EmployerSite
        {
            Id = Guid.NewGuid(),
            EmployerId = employer.Id,
            Name = "Head office",
            AddressLine1 = "1 Mill Lane",
            Town = "Leeds",
            Postcode = "LS1 4AP",
        };
        var placement = new Placement
        {
            Id = Guid.NewGuid(),
            StudentId = learner.Id,
            IndustryPlacementId = learner.Id,
            EmployerId = employer.Id,
            EmployerSiteId = site.Id,
            SupervisorUserId = supervisor.UserId,
            RoleTitle = "Junior developer",
            PlannedStart = new DateOnly(2026, 9, 7),
            PlannedEnd = new DateOnly(2027, 1, 29),
            WorkingDays = WorkingDays.Monday | WorkingDays.Tuesday,
            WorkingHours = "09:00 to 16:30",
            PlannedHours = 315,
            Status = PlacementStatus.AwaitingAgreement,
        };
        var plan = new PlacementPlan { PlacementId = placement.Id };
        plan.Objectives.Add(new Objective
        {
            Id = Guid.NewGuid(),
            Description = "Build a small web form",
            SuccessCriteria = "It saves: and it validates",
            Kind = ObjectiveKind.TechnicalSkill,
            TargetDate = new DateOnly(2026, 11, 1),
        });
        plan.Objectives.Add(new Objective
        {
            Id = Guid.NewGuid(),
            Category = ObjectiveCategory.LearningGoal,
            Description = "Work in a team",
            Kind = ObjectiveKind.Behaviour,
            Position = 1,
        });
        db.AddRange(learner, employer, site);
        db.IndustryPlacements.Add(
            new IndustryPlacement { Id = learner.Id, StudentId = learner.Id, RequiredHours = 315 });
        db.AddRange(placement, plan);
        await db.SaveChangesAsync();
        return new People(placement.Id, student, supervisor, coordinator);
    }

    private async Task<Viewer> CreateUserAsync(string email, string name, string role)
    {
        var user = new AppUser { UserName = email, Email = email, DisplayName = name };
        Assert.True((await database.Users.CreateAsync(user)).Succeeded);
        Assert.True((await database.Users.AddToRoleAsync(user, role)).Succeeded);
        return new Viewer(user.Id, new HashSet<string> { role });
    }

    private sealed record People(Guid PlacementId, Viewer Student, Viewer Supervisor, Viewer Coordinator);
}

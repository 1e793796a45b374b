using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Students;
using PlacementTracker.Core.Tests.Support;

namespace PlacementTracker.Core.Tests.Placements;

public sealed class PlacementServiceTests : IAsyncLifetime
{
    private static readonly Viewer Coordinator = new("coordinator", new HashSet<string> { Roles.PlacementCoordinator });
    private static readonly Actor CoordinatorActor = new("coordinator", "Cara Coordinator");
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero));

    private CoreTestDatabase database = default!;

    private AgreementService Agreements =>
        new(database.Db, new AuditLog(database.Db, Clock), Clock, new RecordingMessages());

    private PlacementService Service
    {
        get
        {
            var audit = new AuditLog(database.Db, Clock);
            return new PlacementService(database.Db, new AccessScope(database.Db), audit,
                new ProviderSettingsStore(database.Db, audit), Agreements,
                new ReviewScheduler(database.Db, audit), Clock,
                NullLogger<PlacementService>.Instance);
        }
    }

    public async Task InitializeAsync()
    {
        database = await CoreTestDatabase.CreateAsync();
        var audit = new AuditLog(database.Db, Clock);
        await new ProviderSettingsStore(database.Db, audit).EnsureCreatedAsync();
    }

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task SetUp_StartsPlanned_WithAFirstStatusChangeAndAnAuditEvent()
    {
        var student = await AddStudentAsync();
        var employer = await AddEmployerAsync();

        var result = await Service.SetUpAsync(student.Id, Terms(employer), Coordinator, CoordinatorActor);

        Assert.True(result.Succeeded);
        var placement = await database.Db.Placements.Include(p => p.StatusChanges).SingleAsync(p => p.Id == result.Id);
        Assert.Equal(PlacementStatus.Planned, placement.Status);
        var change = Assert.Single(placement.StatusChanges);
        Assert.Equal((null, PlacementStatus.Planned, "Placement set up", "Cara Coordinator"),
            (change.From, change.To, change.Reason, change.ChangedByName));
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, change.ChangedAtUtc);
        Assert.Contains(await database.Db.AuditEvents.ToListAsync(), e => e.Action == AuditActions.PlacementSetUp);
    }

    [Theory]
    [InlineData("ZTLOS005", "60358324", 315)]
    [InlineData("ZTLOS006", "60358294", 750)]
    public async Task SetUp_CreatesTheIndustryPlacementWithTheSpecialismsHours(
        string specialism,
        string core,
        int hours)
    {
        var student = await AddStudentAsync(specialism, core);

        await Service.SetUpAsync(student.Id, Terms(await AddEmployerAsync()), Coordinator, CoordinatorActor);

        var industryPlacement = await database.Db.IndustryPlacements.SingleAsync(i => i.StudentId == student.Id);
        Assert.Equal(hours, industryPlacement.RequiredHours);
        Assert.Null(industryPlacement.RequiredHoursReason);
    }

    [Fact]
    public async Task SetUp_FromAnOpportunity_PrefillsItsTerms()
    {
        var employer = await AddEmployerAsync();
        var opportunity = new Opportunity
        {
            Id = Guid.NewGuid(),
            EmployerId = employer.Id,
            EmployerSiteId = employer.Sites[0].Id,
            RoleTitle = "Web tester",
            DeliveryModel = DeliveryModel.DayRelease,
            WorkingDays = WorkingDays.Tuesday | WorkingDays.Thursday,
        };
        database.Db.Opportunities.Add(opportunity);
        await database.Db.SaveChangesAsync();

        var terms = await Service.TermsFromOpportunityAsync(opportunity.Id, Coordinator);

        Assert.NotNull(terms);
        Assert.Equal((opportunity.Id, employer.Id, employer.Sites[0].Id, "Web tester", DeliveryModel.DayRelease),
            (terms.OpportunityId, terms.EmployerId, terms.EmployerSiteId, terms.RoleTitle, terms.DeliveryModel));
        Assert.Equal(WorkingDays.Tuesday | WorkingDays.Thursday, terms.WorkingDays);
    }

    [Fact]
    public async Task SetUp_WithBadTerms_NamesEachProblemAndSavesNothing()
    {
        var student = await AddStudentAsync();
        var employer = await AddEmployerAsync();
        var other = await AddEmployerAsync();
        var terms = Terms(employer);
        (terms.RoleTitle, terms.WorkingDays, terms.PlannedHours) = (" ", WorkingDays.None, 0);
        terms.PlannedEnd = terms.PlannedStart;
        terms.EmployerSiteId = other.Sites[0].Id;
        terms.SupervisorUserId = await AddSupervisorAsync(other);

        var result = await Service.SetUpAsync(student.Id, terms, Coordinator, CoordinatorActor);

        Assert.Equal("Enter the role title, in 200 characters or fewer", result.Errors["RoleTitle"]);
        Assert.Equal("Select at least one working day", result.Errors["WorkingDays"]);
        Assert.Equal("Enter the planned hours as a whole number from 1 to 9999", result.Errors["PlannedHours"]);
        Assert.Equal("The planned end date must be after the planned start date", result.Errors["PlannedEnd"]);
        Assert.Equal("Select one of the employer's sites", result.Errors["EmployerSiteId"]);
        Assert.Equal("Select a supervisor who works for the employer", result.Errors["SupervisorUserId"]);
        Assert.Empty(await database.Db.Placements.ToListAsync());
    }

    [Fact]
    public async Task SetUp_WithTheEmployersSupervisor_Saves()
    {
        var student = await AddStudentAsync();
        var employer = await AddEmployerAsync();
        var terms = Terms(employer);
        terms.SupervisorUserId = await AddSupervisorAsync(employer);

        var result = await Service.SetUpAsync(student.Id, terms, Coordinator, CoordinatorActor);

        Assert.True(result.Succeeded);
        Assert.Equal(terms.SupervisorUserId, (await database.Db.Placements.SingleAsync()).SupervisorUserId);
    }

    [Fact]
    public async Task SetUp_WithAThirdEmployer_IsRefusedUnderTheDefaultSetting()
    {
        var student = await AddStudentAsync();
        await Service.SetUpAsync(student.Id, Terms(await AddEmployerAsync()), Coordinator, CoordinatorActor);
        var second = await AddEmployerAsync();
        await Service.SetUpAsync(student.Id, Terms(second), Coordinator, CoordinatorActor);

        var third = await Service.SetUpAsync(student.Id, Terms(await AddEmployerAsync()), Coordinator,
            CoordinatorActor);
        var sameAgain = await Service.SetUpAsync(student.Id, Terms(second), Coordinator, CoordinatorActor);

        Assert.Equal("This student already has placements with 2 employers, the most the provider allows",
            third.Errors["EmployerId"]);
        Assert.True(sameAgain.Succeeded);
        Assert.Equal(3, await database.Db.Placements.CountAsync());
    }

    [Fact]
    public async Task SetUp_WithAThirdEmployer_IsAllowedWhenTheSettingIsThree()
    {
        var settings = await database.Db.ProviderSettings.SingleAsync();
        settings.MaxEmployersPerPlacement = 3;
        await database.Db.SaveChangesAsync();
        var student = await AddStudentAsync();
        await Service.SetUpAsync(student.Id, Terms(await AddEmployerAsync()), Coordinator, CoordinatorActor);
        await Service.SetUpAsync(student.Id, Terms(await AddEmployerAsync()), Coordinator, CoordinatorActor);

        var third = await Service.SetUpAsync(student.Id, Terms(await AddEmployerAsync()), Coordinator,
            CoordinatorActor);

        Assert.True(third.Succeeded);
    }

    [Fact]
    public async Task SetUp_AfterAWithdrawnPlacement_DoesNotCountItsEmployer()
    {
        var student = await AddStudentAsync();
        var first = await Service.SetUpAsync(student.Id, Terms(await AddEmployerAsync()), Coordinator,
            CoordinatorActor);
        await Service.SetUpAsync(student.Id, Terms(await AddEmployerAsync()), Coordinator, CoordinatorActor);
        await Service.ChangeStatusAsync(first.Id!.Value, PlacementStatus.Withdrawn, "Employer closed", 0,
            Coordinator, CoordinatorActor);

        var third = await Service.SetUpAsync(student.Id, Terms(await AddEmployerAsync()), Coordinator,
            CoordinatorActor);

        Assert.True(third.Succeeded);
    }

    [Theory]
    [InlineData(Roles.Tutor)]
    [InlineData(Roles.PastoralSupport)]
    [InlineData(Roles.SubjectLead)]
    [InlineData(Roles.EmployerSupervisor)]
    [InlineData(Roles.Student)]
    public async Task NonEditors_CannotSetUpEditOrChangeStatus(string role)
    {
        var viewer = new Viewer("someone", new HashSet<string> { role });
        var student = await AddStudentAsync();
        var employer = await AddEmployerAsync();
        var placement = await PlacementAsync(PlacementStatus.Planned);

        Assert.True((await Service.SetUpAsync(student.Id, Terms(employer), viewer, CoordinatorActor)).Missing);
        Assert.True((await Service.EditTermsAsync(placement.Id, Terms(employer), viewer, CoordinatorActor)).Missing);
        Assert.True((await Service.ChangeStatusAsync(placement.Id, PlacementStatus.Withdrawn, "x", 0, viewer,
            CoordinatorActor)).Missing);
        Assert.True((await Service.ChangeRequiredHoursAsync(student.Id, 400, "x", 0, viewer, CoordinatorActor))
            .Missing);
    }

    public static TheoryData<PlacementStatus, PlacementStatus> Allowed()
    {
        var data = new TheoryData<PlacementStatus, PlacementStatus>();
        foreach (var (from, to) in AllowedPairs)
        {
            data.Add(from, to);
        }

        return data;
    }

    public static TheoryData<PlacementStatus, PlacementStatus> Refused()
    {
        var data = new TheoryData<PlacementStatus, PlacementStatus>();
        foreach (var from in Enum.GetValues<PlacementStatus>())
        {
            foreach (var to in Enum.GetValues<PlacementStatus>().Where(to => !AllowedPairs.Contains((from, to))))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    private static readonly HashSet<(PlacementStatus, PlacementStatus)> AllowedPairs =
    [
        (PlacementStatus.Planned, PlacementStatus.AwaitingAgreement),
        (PlacementStatus.Planned, PlacementStatus.Withdrawn),
        (PlacementStatus.AwaitingAgreement, PlacementStatus.Active),
        (PlacementStatus.AwaitingAgreement, PlacementStatus.Planned),
        (PlacementStatus.AwaitingAgreement, PlacementStatus.Withdrawn),
        (PlacementStatus.Active, PlacementStatus.OnHold),
        (PlacementStatus.Active, PlacementStatus.Completed),
        (PlacementStatus.Active, PlacementStatus.Withdrawn),
        (PlacementStatus.OnHold, PlacementStatus.Active),
        (PlacementStatus.OnHold, PlacementStatus.Withdrawn),
    ];

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task ChangeStatus_AnAllowedMove_IsSavedWithWhoWhenAndWhy(PlacementStatus from, PlacementStatus to)
    {
        var placement = await PlacementAsync(from);
        await SignAgreementAsync(placement.Id, Enum.GetValues<SignerCapacity>());

        var result = await Service.ChangeStatusAsync(placement.Id, to, " Agreed at the review ", 0, Coordinator,
            CoordinatorActor);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        database.Db.ChangeTracker.Clear();
        var stored = await database.Db.Placements.Include(p => p.StatusChanges).SingleAsync(p => p.Id == placement.Id);
        Assert.Equal((to, 1u), (stored.Status, stored.Version));
        var change = Assert.Single(stored.StatusChanges);
        Assert.Equal((from, to, "Agreed at the review", "coordinator", "Cara Coordinator"),
            (change.From, change.To, change.Reason, change.ChangedByUserId, change.ChangedByName));
        Assert.Contains(await database.Db.AuditEvents.ToListAsync(),
            e => e.Action == AuditActions.PlacementStatusChanged);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task ChangeStatus_AMoveTheFlowDoesNotAllow_IsRefusedNamingTheAllowedMoves(
        PlacementStatus from,
        PlacementStatus to)
    {
        var placement = await PlacementAsync(from);

        var result = await Service.ChangeStatusAsync(placement.Id, to, "Because", 0, Coordinator, CoordinatorActor);

        var message = result.Errors["To"];
        foreach (var next in PlacementStatusFlow.NextStatuses(from))
        {
            Assert.Contains(PlacementStatusFlow.Words(next), message, StringComparison.Ordinal);
        }

        if (from is PlacementStatus.Completed or PlacementStatus.Withdrawn)
        {
            Assert.Contains("cannot change status", message, StringComparison.Ordinal);
        }

        await AssertUnchangedAsync(placement.Id, from);
    }

    [Fact]
    public void Refusal_NamesTheAllowedNextStatuses()
    {
        Assert.Equal("A placement that is planned cannot become active. It can become awaiting agreement or withdrawn",
            PlacementStatusFlow.Refusal(PlacementStatus.Planned, PlacementStatus.Active));
    }

    [Fact]
    public async Task ChangeStatus_WithoutAReason_IsRefused()
    {
        var placement = await PlacementAsync(PlacementStatus.Planned);

        var result = await Service.ChangeStatusAsync(placement.Id, PlacementStatus.Withdrawn, "  ", 0, Coordinator,
            CoordinatorActor);
        var tooLong = await Service.ChangeStatusAsync(placement.Id, PlacementStatus.Withdrawn, new string('x', 1001), 0,
            Coordinator, CoordinatorActor);

        Assert.Equal("Enter the reason for the change", result.Errors["Reason"]);
        Assert.Equal("The reason must be 1000 characters or fewer", tooLong.Errors["Reason"]);
        await AssertUnchangedAsync(placement.Id, PlacementStatus.Planned);
    }

    [Fact]
    public async Task ChangeStatus_FromAStaleCopy_IsRefused()
    {
        var placement = await PlacementAsync(PlacementStatus.Planned);
        await Service.ChangeStatusAsync(placement.Id, PlacementStatus.AwaitingAgreement, "Ready", 0, Coordinator,
            CoordinatorActor);

        var stale = await Service.ChangeStatusAsync(placement.Id, PlacementStatus.Withdrawn, "Old copy", 0,
            Coordinator, CoordinatorActor);

        Assert.True(stale.Conflict);
        await AssertUnchangedAsync(placement.Id, PlacementStatus.AwaitingAgreement, changes: 1);
    }

    public static TheoryData<SignerCapacity> Capacities() => new(Enum.GetValues<SignerCapacity>());

    [Theory]
    [MemberData(nameof(Capacities))]
    public async Task BecomingActive_WithASignatureMissing_IsRefused(SignerCapacity missing)
    {
        var placement = await PlacementAsync(PlacementStatus.AwaitingAgreement);
        await SignAgreementAsync(placement.Id, [.. Enum.GetValues<SignerCapacity>().Where(c => c != missing)]);

        var result = await Service.ChangeStatusAsync(placement.Id, PlacementStatus.Active, "Signed", 0, Coordinator,
            CoordinatorActor);

        Assert.Equal(PlacementStatusFlow.AgreementNotSigned, result.Errors["To"]);
        await AssertUnchangedAsync(placement.Id, PlacementStatus.AwaitingAgreement);
    }

    [Theory]
    [MemberData(nameof(Capacities))]
    public async Task BecomingActive_WithASignatureOnOtherContent_IsRefused(SignerCapacity stale)
    {
        var placement = await PlacementAsync(PlacementStatus.OnHold);
        var document = await SignAgreementAsync(placement.Id, Enum.GetValues<SignerCapacity>());
        document.Signatures.Single(s => s.Capacity == stale).ContentHash = new string('b', 64);
        await database.Db.SaveChangesAsync();

        var result = await Service.ChangeStatusAsync(placement.Id, PlacementStatus.Active, "Back", 0, Coordinator,
            CoordinatorActor);

        Assert.Equal(PlacementStatusFlow.AgreementNotSigned, result.Errors["To"]);
    }

    [Theory]
    [MemberData(nameof(Capacities))]
    public async Task BecomingActive_WithAVoidedSignature_IsRefused(SignerCapacity voided)
    {
        var placement = await PlacementAsync(PlacementStatus.AwaitingAgreement);
        var document = await SignAgreementAsync(placement.Id, Enum.GetValues<SignerCapacity>());
        document.Signatures.Single(s => s.Capacity == voided).VoidedAtUtc = Clock.GetUtcNow().UtcDateTime;
        await database.Db.SaveChangesAsync();

        var result = await Service.ChangeStatusAsync(placement.Id, PlacementStatus.Active, "Signed", 0, Coordinator,
            CoordinatorActor);

        Assert.Equal(PlacementStatusFlow.AgreementNotSigned, result.Errors["To"]);
    }

    [Fact]
    public async Task BecomingActive_WhenOnlyAReplacedAgreementIsSigned_IsRefused()
    {
        var placement = await PlacementAsync(PlacementStatus.AwaitingAgreement);
        var document = await SignAgreementAsync(placement.Id, Enum.GetValues<SignerCapacity>());
        document.ReplacedAtUtc = Clock.GetUtcNow().UtcDateTime;
        await database.Db.SaveChangesAsync();

        Assert.False(await Agreements.IsFullySignedAsync(placement.Id));
    }

    [Fact]
    public async Task BecomingActive_WithNoAgreement_IsRefused()
    {
        var placement = await PlacementAsync(PlacementStatus.AwaitingAgreement);

        var result = await Service.ChangeStatusAsync(placement.Id, PlacementStatus.Active, "Signed", 0, Coordinator,
            CoordinatorActor);

        Assert.Equal(PlacementStatusFlow.AgreementNotSigned, result.Errors["To"]);
    }

    [Fact]
    public async Task BecomingActive_WhenAllThreeSignOnTheCurrentHash_IsAllowed()
    {
        var placement = await PlacementAsync(PlacementStatus.AwaitingAgreement);
        await SignAgreementAsync(placement.Id, Enum.GetValues<SignerCapacity>());

        var result = await Service.ChangeStatusAsync(placement.Id, PlacementStatus.Active, "Signed", 0, Coordinator,
            CoordinatorActor);

        Assert.True(await Agreements.IsFullySignedAsync(placement.Id));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task EditTerms_SavesAndAudits_AndAStaleCopyIsRefused()
    {
        var placement = await PlacementAsync(PlacementStatus.Planned);
        var employer = await database.Db.Employers.Include(e => e.Sites).SingleAsync(e => e.Id == placement.EmployerId);
        var first = Terms(employer);
        first.RoleTitle = "First change";
        var second = Terms(employer);
        second.RoleTitle = "Second change";

        var saved = await Service.EditTermsAsync(placement.Id, first, Coordinator, CoordinatorActor);
        var stale = await Service.EditTermsAsync(placement.Id, second, Coordinator, CoordinatorActor);

        Assert.True(saved.Succeeded);
        Assert.True(stale.Conflict);
        database.Db.ChangeTracker.Clear();
        var stored = await database.Db.Placements.SingleAsync(p => p.Id == placement.Id);
        Assert.Equal(("First change", 1u), (stored.RoleTitle, stored.Version));
        Assert.Contains(await database.Db.AuditEvents.ToListAsync(), e => e.Action == AuditActions.PlacementChanged);
    }

    [Fact]
    public async Task EditTerms_OfASignedAgreement_VoidsEverySignatureAtOnce()
    {
        var placement = await PlacementAsync(PlacementStatus.AwaitingAgreement);
        var document = await SignAgreementAsync(placement.Id, Enum.GetValues<SignerCapacity>());
        var employer = await database.Db.Employers.Include(e => e.Sites).SingleAsync(e => e.Id == placement.EmployerId);
        var terms = Terms(employer);
        terms.RoleTitle = "Trainee developer";
        terms.Version = placement.Version;

        var saved = await Service.EditTermsAsync(placement.Id, terms, Coordinator, CoordinatorActor);

        Assert.True(saved.Succeeded);
        database.Db.ChangeTracker.Clear();
        var signatures = await database.Db.Signatures.Where(s => s.DocumentId == document.Id).ToListAsync();
        Assert.Equal(3, signatures.Count);
        Assert.All(signatures, s => Assert.NotNull(s.VoidedAtUtc));
        var current = await database.Db.SignedDocuments.SingleAsync(
            d => d.PlacementId == placement.Id && d.ReplacedAtUtc == null);
        Assert.Contains("Trainee developer", current.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeRequiredHours_WithoutAReason_IsRefused()
    {
        var student = await AddStudentAsync();

        var result = await Service.ChangeRequiredHoursAsync(student.Id, 400, " ", 0, Coordinator, CoordinatorActor);
        var badHours = await Service.ChangeRequiredHoursAsync(student.Id, 0, "Because", 0, Coordinator,
            CoordinatorActor);

        Assert.Equal("Enter why the required hours are changing", result.Errors["Reason"]);
        Assert.Equal("Enter the required hours as a whole number from 1 to 9999", badHours.Errors["RequiredHours"]);
        Assert.Empty(await database.Db.IndustryPlacements.ToListAsync());
    }

    [Fact]
    public async Task ChangeRequiredHours_WithAReason_IsSavedAndAudited_AndAStaleCopyIsRefused()
    {
        var student = await AddStudentAsync();

        var saved = await Service.ChangeRequiredHoursAsync(student.Id, 280, "Agreed with DfE after illness", 0,
            Coordinator, CoordinatorActor);
        var stale = await Service.ChangeRequiredHoursAsync(student.Id, 300, "Old copy", 0, Coordinator,
            CoordinatorActor);

        Assert.True(saved.Succeeded);
        Assert.True(stale.Conflict);
        database.Db.ChangeTracker.Clear();
        var stored = await database.Db.IndustryPlacements.SingleAsync(i => i.StudentId == student.Id);
        Assert.Equal((280, "Agreed with DfE after illness", 1u),
            (stored.RequiredHours, stored.RequiredHoursReason, stored.Version));
        Assert.Contains(await database.Db.AuditEvents.ToListAsync(),
            e => e.Action == AuditActions.RequiredHoursChanged);
    }

    private async Task AssertUnchangedAsync(Guid placementId, PlacementStatus status, int changes = 0)
    {
        database.Db.ChangeTracker.Clear();
        var stored = await database.Db.Placements.Include(p => p.StatusChanges).SingleAsync(p => p.Id == placementId);
        Assert.Equal(status, stored.Status);
        Assert.Equal(changes, stored.StatusChanges.Count);
    }

    private async Task<Placement> PlacementAsync(PlacementStatus status)
    {
        var student = await AddStudentAsync();
        var employer = await AddEmployerAsync();
        var industryPlacement = new IndustryPlacement
        {
            Id = Guid.NewGuid(),
            StudentId = student.Id,
            RequiredHours = 315,
        };
        var placement = new Placement
        {
            Id = Guid.NewGuid(),
            StudentId = student.Id,
            IndustryPlacementId = industryPlacement.Id,
            EmployerId = employer.Id,
            RoleTitle = "Junior developer",
            PlannedStart = new DateOnly(2026, 11, 2),
            PlannedEnd = new DateOnly(2027, 2, 26),
            WorkingDays = WorkingDays.Monday,
            PlannedHours = 315,
            Status = status,
        };
        database.Db.AddRange(industryPlacement, placement);
        await database.Db.SaveChangesAsync();
        return placement;
    }

    /// <summary>
    /// Generates the placement's real agreement and records signatures on its hash for <paramref name="signers"/>,
    /// as if each had signed it in their own account.
    /// </summary>
    private async Task<SignedDocument> SignAgreementAsync(Guid placementId, params SignerCapacity[] signers)
    {
        var document = (await Agreements.RefreshAsync(placementId, Actor.System))!.Current;
        database.Db.Signatures.AddRange(signers.Select(c => new Signature
        {
            Id = Guid.NewGuid(),
            DocumentId = document.Id,
            Capacity = c,
            SignerName = c.ToString(),
            SignedAtUtc = Clock.GetUtcNow().UtcDateTime,
            ContentHash = document.ContentHash,
        }));
        await database.Db.SaveChangesAsync();
        return document;
    }

    private async Task<Student> AddStudentAsync(string specialism = "ZTLOS005", string core = "60358324")
    {
        var student = new Student
        {
            Id = Guid.NewGuid(),
            Uln = Guid.NewGuid().ToString("N")[..10],
            StudentNumber = "S1",
            GivenName = "Ada",
            FamilyName = "Lovelace",
            CoreCode = core,
            SpecialismCode = specialism,
            Cohort = "2025 to 2027",
            ExpectedEndDate = new DateOnly(2027, 7, 31),
        };
        database.Db.Students.Add(student);
        await database.Db.SaveChangesAsync();
        return student;
    }

    private async Task<Employer> AddEmployerAsync()
    {
        var employer = new Employer
        {
            Id = Guid.NewGuid(),
            Reference = Guid.NewGuid().ToString("N")[..12],
            Name = "Acme",
        };
        employer.Sites.Add(new EmployerSite
        {
            Id = Guid.NewGuid(),
            EmployerId = employer.Id,
            Name = "Head office",
            AddressLine1 = "1 Street",
            Town = "Leeds",
            Postcode = "LS1 1AA",
        });
        database.Db.Employers.Add(employer);
        await database.Db.SaveChangesAsync();
        return employer;
    }

    private async Task<string> AddSupervisorAsync(Employer employer)
    {
        var email = $"{Guid.NewGuid():N}@example.test";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Sam Supervisor" };
        Assert.True((await database.Users.CreateAsync(user)).Succeeded);
        Assert.True((await database.Users.AddToRoleAsync(user, Roles.EmployerSupervisor)).Succeeded);
        database.Db.EmployerSupervisors.Add(new EmployerSupervisor { EmployerId = employer.Id, UserId = user.Id });
        await database.Db.SaveChangesAsync();
        return user.Id;
    }

    private static PlacementTerms Terms(Employer employer) => new()
    {
        EmployerId = employer.Id,
        EmployerSiteId = employer.Sites.FirstOrDefault()?.Id,
        RoleTitle = "Junior developer",
        DeliveryModel = DeliveryModel.Block,
        PlannedStart = new DateOnly(2026, 11, 2),
        PlannedEnd = new DateOnly(2027, 2, 26),
        WorkingDays = WorkingDays.Monday | WorkingDays.Tuesday,
        WorkingHours = "9am to 4pm",
        PlannedHours = 315,
    };
}

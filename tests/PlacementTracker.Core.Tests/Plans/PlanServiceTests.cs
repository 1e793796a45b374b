using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.Tests.Support;

namespace PlacementTracker.Core.Tests.Plans;

public sealed class PlanServiceTests : IAsyncLifetime
{
    private static readonly Actor Coordinator = new("coordinator", "Casey Coordinator");

    private static readonly DateOnly Start = new(2026, 9, 7);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero));

    private CoreTestDatabase database = default!;

    private PlanService Plans => new(database.Db, new AuditLog(database.Db, clock),
        new AgreementService(database.Db, new AuditLog(database.Db, clock), clock, new RecordingMessages()), clock);

    public async Task InitializeAsync() => database = await CoreTestDatabase.CreateAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task Add_WhilePlanIsBeingSetUp_WritesAPlanSetUpRevisionWithEveryField()
    {
        var placement = await AddPlacementAsync(PlacementStatus.AwaitingAgreement);

        var result = await Plans.AddAsync(placement.Id, Input("Fix defects", new DateOnly(2027, 1, 15)),
            new RevisionRequest(Coordinator));

        Assert.True(result.Succeeded);
        var revision = await database.Db.ObjectiveRevisions.SingleAsync();
        Assert.Equal(RevisionReason.PlanSetUp, revision.Reason);
        Assert.Equal(1, revision.PlanNumber);
        Assert.Equal("Casey Coordinator", revision.RevisedByName);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, revision.RevisedAtUtc);
        Assert.Contains("Description: (none) → Fix defects", revision.Changes, StringComparison.Ordinal);
        Assert.Contains("Target date: (none) → 2027-01-15", revision.Changes, StringComparison.Ordinal);
        Assert.Equal(1, (await database.Db.PlacementPlans.SingleAsync()).Number);
    }

    [Fact]
    public async Task Edit_RecordsExactlyTheFieldsThatChanged()
    {
        var placement = await AddPlacementAsync(PlacementStatus.Active);
        var objective = await AddObjectiveAsync(placement, new DateOnly(2027, 1, 15));

        var result = await Plans.EditAsync(placement.Id, objective.Id, objective.Version,
            Input("Fix defects", new DateOnly(2027, 2, 12)),
            new RevisionRequest(Coordinator, RevisionReason.StudentProgress, "Ahead of plan"));

        Assert.True(result.Succeeded);
        var revision = await LatestRevisionAsync();
        Assert.Equal("Target date: 2027-01-15 → 2027-02-12", revision.Changes);
        Assert.Equal(RevisionReason.StudentProgress, revision.Reason);
        Assert.Equal("Ahead of plan", revision.ReasonNote);
    }

    [Fact]
    public async Task Edit_AfterThePlanIsSet_WithoutAReason_IsRefusedAndSavesNothing()
    {
        var placement = await AddPlacementAsync(PlacementStatus.Active);
        var objective = await AddObjectiveAsync(placement, new DateOnly(2027, 1, 15));

        var result = await Plans.EditAsync(placement.Id, objective.Id, objective.Version,
            Input("Changed", new DateOnly(2027, 1, 15)), new RevisionRequest(Coordinator));

        Assert.Equal("Select why the plan is changing", result.Errors[nameof(RevisionRequest.Reason)]);
        database.Db.ChangeTracker.Clear();
        Assert.Equal("Fix defects", (await database.Db.Objectives.SingleAsync()).Description);
        Assert.Equal(1, await database.Db.ObjectiveRevisions.CountAsync());
    }

    [Fact]
    public async Task Edit_WithNoChange_WritesNoRevisionAndKeepsTheVersion()
    {
        var placement = await AddPlacementAsync(PlacementStatus.Active);
        var objective = await AddObjectiveAsync(placement, new DateOnly(2027, 1, 15));

        var result = await Plans.EditAsync(placement.Id, objective.Id, objective.Version,
            Input("  Fix defects ", new DateOnly(2027, 1, 15)),
            new RevisionRequest(Coordinator, RevisionReason.Correction));

        Assert.True(result.Succeeded);
        database.Db.ChangeTracker.Clear();
        Assert.Equal(objective.Version, (await database.Db.Objectives.SingleAsync()).Version);
        Assert.Equal(1, await database.Db.ObjectiveRevisions.CountAsync());
    }

    [Fact]
    public async Task Edit_FromAStaleCopy_IsRefusedAndKeepsTheOtherChange()
    {
        var placement = await AddPlacementAsync(PlacementStatus.Active);
        var objective = await AddObjectiveAsync(placement, new DateOnly(2027, 1, 15));
        var stale = objective.Version;
        var why = new RevisionRequest(Coordinator, RevisionReason.Correction);
        Assert.True((await Plans.EditAsync(placement.Id, objective.Id, stale, Input("First", null), why)).Succeeded);

        var result = await Plans.EditAsync(placement.Id, objective.Id, stale, Input("Second", null), why);

        Assert.True(result.Conflict);
        database.Db.ChangeTracker.Clear();
        Assert.Equal("First", (await database.Db.Objectives.SingleAsync()).Description);
    }

    [Theory]
    [InlineData("", null, "Description", "Enter a description")]
    [InlineData("Fine", "2026-09-06", "TargetDate",
        "Target date must be on or after the placement starts (2026-09-07)")]
    public async Task Add_WithInvalidInput_IsRefused(string description, string? target, string field, string message)
    {
        var placement = await AddPlacementAsync(PlacementStatus.Planned);

        var result = await Plans.AddAsync(placement.Id,
            Input(description, target is null ? null : DateOnly.Parse(target, CultureInfo.InvariantCulture)),
            new RevisionRequest(Coordinator));

        Assert.Equal(message, result.Errors[field]);
        Assert.Empty(await database.Db.Objectives.ToListAsync());
        Assert.Empty(await database.Db.PlacementPlans.ToListAsync());
    }

    [Fact]
    public async Task Remove_KeepsTheObjectiveAndItsHistory()
    {
        var placement = await AddPlacementAsync(PlacementStatus.Active);
        var objective = await AddObjectiveAsync(placement, null);

        var result = await Plans.RemoveAsync(placement.Id, objective.Id, objective.Version,
            new RevisionRequest(Coordinator, RevisionReason.WorkplaceChange));

        Assert.True(result.Succeeded);
        Assert.Empty((await Plans.GetAsync(placement.Id)).Objectives);
        Assert.StartsWith("Removed: no → yes", (await LatestRevisionAsync()).Changes, StringComparison.Ordinal);
        Assert.Equal(2, (await Plans.HistoryAsync(placement.Id)).Count);
    }

    [Fact]
    public async Task Edit_AfterTheAgreementIsFullySigned_StartsANewPlanVersionOnce()
    {
        var placement = await AddPlacementAsync(PlacementStatus.Active);
        var objective = await AddObjectiveAsync(placement, null);
        await SignAgreementAsync(placement, planNumber: 1, SignerCapacity.Student, SignerCapacity.Provider,
            SignerCapacity.Employer);
        var why = new RevisionRequest(Coordinator, RevisionReason.ReviewOutcome);

        await Plans.EditAsync(placement.Id, objective.Id, objective.Version, Input("Second", null), why);
        await Plans.EditAsync(placement.Id, objective.Id, objective.Version + 1, Input("Third", null), why);

        database.Db.ChangeTracker.Clear();
        Assert.Equal(2, (await database.Db.PlacementPlans.SingleAsync()).Number);
        Assert.Equal([1, 2, 2], (await Plans.HistoryAsync(placement.Id)).Select(r => r.PlanNumber).Order());
        Assert.Equal(new PlanVersions(2, 1), await Plans.VersionsAsync(placement.Id));
        Assert.All(await database.Db.Signatures.ToListAsync(), s => Assert.Null(s.VoidedAtUtc));
    }

    [Fact]
    public async Task Edit_WhenASignatureIsMissing_KeepsThePlanVersion()
    {
        var placement = await AddPlacementAsync(PlacementStatus.AwaitingAgreement);
        var objective = await AddObjectiveAsync(placement, null);
        await SignAgreementAsync(placement, planNumber: 1, SignerCapacity.Student, SignerCapacity.Provider);

        var result = await Plans.EditAsync(placement.Id, objective.Id, objective.Version, Input("Second", null),
            new RevisionRequest(Coordinator, RevisionReason.Correction));

        Assert.True(result.Succeeded);
        database.Db.ChangeTracker.Clear();
        Assert.Equal(1, (await database.Db.PlacementPlans.SingleAsync()).Number);
        Assert.Null((await Plans.VersionsAsync(placement.Id)).SignedNumber);

        // The objectives are signed content: the two signatures on the old wording no longer stand.
        var signatures = await database.Db.Signatures.ToListAsync();
        Assert.Equal(2, signatures.Count);
        Assert.All(signatures, s => Assert.NotNull(s.VoidedAtUtc));
    }

    [Fact]
    public async Task BuildFromTemplate_CopiesItemsWithTargetDatesFromTheStart_AndStaysIndependent()
    {
        var placement = await AddPlacementAsync(PlacementStatus.Planned);
        var template = ObjectiveTemplateStarterSet.Templates().First(t => t.SpecialismCode == "ZTLOS005");
        database.Db.ObjectiveTemplates.Add(template);
        await database.Db.SaveChangesAsync();

        var result = await Plans.BuildFromTemplateAsync(placement.Id, template.Id, Coordinator);

        Assert.True(result.Succeeded);
        var plan = await Plans.GetAsync(placement.Id);
        Assert.Equal(template.Id, plan.TemplateId);
        Assert.Equal(template.Items.Count, plan.Objectives.Count);
        var first = template.Items.OrderBy(i => i.Position).First();
        Assert.Equal(first.Description, plan.Objectives[0].Description);
        Assert.Equal(Start.AddDays(7 * first.TargetWeeksAfterStart!.Value), plan.Objectives[0].TargetDate);
        Assert.All(
            await database.Db.ObjectiveRevisions.ToListAsync(),
            r => Assert.Equal(RevisionReason.PlanSetUp, r.Reason));

        first.Description = "Changed in the library";
        await database.Db.SaveChangesAsync();
        Assert.NotEqual("Changed in the library", (await Plans.GetAsync(placement.Id)).Objectives[0].Description);
    }

    [Fact]
    public async Task BuildFromTemplate_IntoAPlanWithObjectives_IsRefused()
    {
        var placement = await AddPlacementAsync(PlacementStatus.Planned);
        await AddObjectiveAsync(placement, null);
        var template = ObjectiveTemplateStarterSet.Templates().First(t => t.SpecialismCode == "ZTLOS005");
        database.Db.ObjectiveTemplates.Add(template);
        await database.Db.SaveChangesAsync();

        var result = await Plans.BuildFromTemplateAsync(placement.Id, template.Id, Coordinator);

        Assert.False(result.Succeeded);
        Assert.Single(await database.Db.Objectives.ToListAsync());
    }

    [Fact]
    public async Task StarterSet_LoadsOnceIntoAnEmptyLibrary()
    {
        var starterSet = new ObjectiveTemplateStarterSet(database.Db);

        Assert.True(await starterSet.LoadIfEmptyAsync());
        Assert.False(await starterSet.LoadIfEmptyAsync());

        var templates = await database.Db.ObjectiveTemplates.Include(t => t.Items).ToListAsync();
        Assert.True(templates.Count >= 6);
        Assert.All(templates, t => Assert.InRange(t.Items.Count, 6, 8));
        Assert.All(templates, t => Assert.Contains(t.Items, i => i.Kind == ObjectiveKind.Behaviour));
    }

    private static ObjectiveInput Input(string description, DateOnly? target) => new(
        ObjectiveCategory.Objective,
        ObjectiveKind.TechnicalSkill,
        description,
        "Writing code",
        "Three fixes merged",
        "Pick tickets",
        target);

    private async Task<Objective> AddObjectiveAsync(Placement placement, DateOnly? target)
    {
        Assert.True((await Plans.AddAsync(placement.Id, Input("Fix defects", target),
            new RevisionRequest(Coordinator, RevisionReason.WorkplaceChange))).Succeeded);
        database.Db.ChangeTracker.Clear();
        clock.Advance(TimeSpan.FromMinutes(1));
        return await database.Db.Objectives.AsNoTracking().OrderBy(o => o.Position).LastAsync();
    }

    private Task<ObjectiveRevision> LatestRevisionAsync() =>
        database.Db.ObjectiveRevisions.AsNoTracking().OrderByDescending(r => r.RevisedAtUtc).FirstAsync();

    /// <summary>
    /// Generates the placement's real agreement from its current plan (version <paramref name="planNumber"/>) and
    /// records signatures on its hash, as if each signer had signed in their own account.
    /// </summary>
    private async Task SignAgreementAsync(Placement placement, int planNumber, params SignerCapacity[] signers)
    {
        var agreements = new AgreementService(database.Db, new AuditLog(database.Db, clock), clock,
            new RecordingMessages());
        var agreement = (await agreements.RefreshAsync(placement.Id, Actor.System))!.Current;
        Assert.Equal(planNumber, agreement.PlanNumber);
        database.Db.Signatures.AddRange(signers.Select(capacity => new Signature
        {
            Id = Guid.NewGuid(),
            DocumentId = agreement.Id,
            Capacity = capacity,
            SignerName = capacity.ToString(),
            SignedAtUtc = clock.GetUtcNow().UtcDateTime,
            ContentHash = agreement.ContentHash,
        }));
        await database.Db.SaveChangesAsync();
        database.Db.ChangeTracker.Clear();
        clock.Advance(TimeSpan.FromMinutes(1));
    }

    private async Task<Placement> AddPlacementAsync(PlacementStatus status)
    {
        var records = TestPlacement.Create(Start, status);
        var placement = records.Placement;
        database.Db.AddRange(records.Records);
        await database.Db.SaveChangesAsync();
        database.Db.ChangeTracker.Clear();
        return placement;
    }
}

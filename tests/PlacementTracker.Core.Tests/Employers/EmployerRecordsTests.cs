using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Tests.Support;

namespace PlacementTracker.Core.Tests.Employers;

public sealed class EmployerRecordsTests : IAsyncLifetime
{
    private static readonly Actor Coordinator = new("coordinator", "Coordinator");

    private CoreTestDatabase database = default!;

    private EmployerRecords Records => new(database.Db, new AuditLog(database.Db, new FakeTimeProvider()));

    public async Task InitializeAsync() => database = await CoreTestDatabase.CreateAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Theory]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData("  m1   1ae ", "M1 1AE")]
    public async Task SaveSite_StoresThePostcodeNormalised(string typed, string stored)
    {
        var employer = await AddEmployerAsync("ACME1");

        var result = await Records.SaveSiteAsync(Site(employer.Id, typed), Coordinator);

        Assert.True(result.Succeeded);
        Assert.Equal(stored, (await database.Db.EmployerSites.SingleAsync()).Postcode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NOT A CODE")]
    [InlineData("SW1A 1CA")]
    public async Task SaveSite_WithAnInvalidPostcode_SavesNothing(string typed)
    {
        var employer = await AddEmployerAsync("ACME2");

        var result = await Records.SaveSiteAsync(Site(employer.Id, typed), Coordinator);

        Assert.Equal("Enter a real postcode, like SW1A 1AA", result.Errors[nameof(EmployerSite.Postcode)]);
        Assert.Empty(await database.Db.EmployerSites.ToListAsync());
    }

    [Fact]
    public async Task Save_WithAReferenceAnotherEmployerHas_IsRefused()
    {
        await AddEmployerAsync("ACME3");

        var result = await Records.SaveAsync(new Employer { Reference = " acme3 ", Name = "Copycat" }, Coordinator);

        Assert.Equal("Another employer already has this reference", result.Errors[nameof(Employer.Reference)]);
    }

    [Fact]
    public async Task Save_FromAStaleCopy_IsAConflictAndKeepsTheOtherChange()
    {
        var employer = await AddEmployerAsync("ACME4");
        var first = new Employer { Id = employer.Id, Reference = "ACME4", Name = "First", Version = 0 };
        var second = new Employer { Id = employer.Id, Reference = "ACME4", Name = "Second", Version = 0 };

        var saved = await Records.SaveAsync(first, Coordinator);
        database.Db.ChangeTracker.Clear();
        var stale = await Records.SaveAsync(second, Coordinator);

        Assert.True(saved.Succeeded);
        Assert.True(stale.Conflict);
        database.Db.ChangeTracker.Clear();
        var stored = await database.Db.Employers.SingleAsync(e => e.Id == employer.Id);
        Assert.Equal(("First", 1u), (stored.Name, stored.Version));
    }

    [Fact]
    public async Task SaveCheck_OfAKindAlreadyRecorded_ReplacesIt()
    {
        var employer = await AddEmployerAsync("ACME5");
        var kind = DueDiligenceKind.RiskAssessment;

        await Records.SaveCheckAsync(Check(employer.Id, kind, new DateOnly(2026, 1, 1)), Coordinator);
        await Records.SaveCheckAsync(Check(employer.Id, kind, new DateOnly(2027, 1, 1)), Coordinator);

        var check = await database.Db.DueDiligenceChecks.SingleAsync();
        Assert.Equal(new DateOnly(2027, 1, 1), check.ExpiresOn);
        Assert.Equal(2, await database.Db.AuditEvents.CountAsync(a => a.Action == AuditActions.DueDiligenceRecorded));
    }

    private async Task<Employer> AddEmployerAsync(string reference)
    {
        var employer = new Employer { Reference = reference, Name = "Acme" };
        Assert.True((await Records.SaveAsync(employer, Coordinator)).Succeeded);
        return employer;
    }

    private static EmployerSite Site(Guid employerId, string postcode) => new()
    {
        EmployerId = employerId,
        Name = "Head office",
        AddressLine1 = "1 High Street",
        Town = "Leeds",
        Postcode = postcode,
    };

    private static DueDiligenceCheck Check(Guid employerId, DueDiligenceKind kind, DateOnly expiresOn) => new()
    {
        EmployerId = employerId,
        Kind = kind,
        CheckedOn = expiresOn.AddYears(-1),
        ExpiresOn = expiresOn,
    };
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Importing;
using PlacementTracker.Core.Tests.Support;

namespace PlacementTracker.Core.Tests.Importing;

public sealed class EmployerImportTests : IAsyncLifetime
{
    private static readonly string Header = string.Join(',', EmployerImportFile.AllColumns);

    private static readonly Viewer Coordinator = new("coordinator", new HashSet<string> { Roles.PlacementCoordinator });

    private CoreTestDatabase database = default!;

    private EmployerImport Import => new(database.Db, new AuditLog(database.Db, new FakeTimeProvider()));

    public async Task InitializeAsync() => database = await CoreTestDatabase.CreateAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    private static string Row(
        string reference,
        string name = "Agnès Engineering",
        string phone = "01632 960 001",
        string eds = "",
        string site = "Head office",
        string town = "Leeds",
        string postcode = "ls1 4ap",
        string contact = "Siân Evans",
        string contactEmail = "") =>
        $"{reference},{name},Engineering,{eds},{phone},,https://www.example.com,9am to 5pm,Boots,Half a day,Bring ID,"
        + $"Quiet room,,{site},1 Mill Lane,,{town},{postcode},{contact},Placement manager,{contactEmail},"
        + "01632 960 002";

    private static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines));

    private static byte[] File(params string[] rows) => Utf8([Header, .. rows]);

    [Fact]
    public async Task Apply_GoodFile_AddsEachEmployerWithItsSiteAndContact_AndAuditsCountsOnly()
    {
        var result = await Import.ApplyAsync(File(Row("acme-1"), Row("BOLT-2", name: "Bolt Ltd")), Coordinator,
            Actor.System);

        Assert.Equal((2, 0, true), (result.ToAdd, result.ToUpdate, result.Applied));
        var acme = await database.Db.Employers.AsNoTracking()
            .Include(e => e.Sites)
            .Include(e => e.Contacts)
            .SingleAsync(e => e.Reference == "ACME-1");
        Assert.Equal(("Agnès Engineering", "01632 960 001", "9am to 5pm"), (acme.Name, acme.Phone, acme.UsualHours));
        Assert.Null(acme.FundingNotes);
        var site = Assert.Single(acme.Sites);
        Assert.Equal(("Head office", "Leeds", "LS1 4AP"), (site.Name, site.Town, site.Postcode));
        Assert.Null(site.AddressLine2);
        var contact = Assert.Single(acme.Contacts);
        Assert.Equal(("Siân Evans", "Placement manager"), (contact.Name, contact.JobTitle));
        var audit = await database.Db.AuditEvents.SingleAsync(e => e.Action == AuditActions.EmployersImported);
        Assert.Equal("Imported employers from a file: 2 added, 0 updated; sites: 2 added, 0 updated; "
            + "contacts: 2 added, 0 updated", audit.Summary);
    }

    [Fact]
    public async Task Apply_TheSameFileAgain_UpdatesInPlace_WithNoDuplicates_AndLeavesTheVersionAlone()
    {
        var file = File(Row("ACME-1"), Row("BOLT-2"));
        await Import.ApplyAsync(file, Coordinator, Actor.System);

        var again = await Import.ApplyAsync(file, Coordinator, Actor.System);

        Assert.Equal((0, 2, true), (again.ToAdd, again.ToUpdate, again.Applied));
        Assert.Equal(2, await database.Db.Employers.CountAsync());
        Assert.Equal(2, await database.Db.EmployerSites.CountAsync());
        Assert.Equal(2, await database.Db.EmployerContacts.CountAsync());
        Assert.All(await database.Db.Employers.AsNoTracking().ToListAsync(), e => Assert.Equal(0u, e.Version));
    }

    [Fact]
    public async Task Apply_AChangedRow_UpdatesTheEmployerSiteAndContactMatchedByName_AndRaisesTheVersionOnce()
    {
        await Import.ApplyAsync(File(Row("ACME-1")), Coordinator, Actor.System);

        var changed = Row("ACME-1", name: "Acme Group", site: "HEAD OFFICE", town: "Bradford", postcode: "BD1 1AA",
            contact: "siân evans", contactEmail: "sian@acme.example.com");
        await Import.ApplyAsync(File(changed), Coordinator, Actor.System);

        var acme = await database.Db.Employers.AsNoTracking()
            .Include(e => e.Sites)
            .Include(e => e.Contacts)
            .SingleAsync();
        Assert.Equal(("Acme Group", 1u), (acme.Name, acme.Version));
        var site = Assert.Single(acme.Sites);
        Assert.Equal(("HEAD OFFICE", "Bradford", "BD1 1AA"), (site.Name, site.Town, site.Postcode));
        Assert.Equal("sian@acme.example.com", Assert.Single(acme.Contacts).Email);
    }

    [Fact]
    public async Task Apply_AFileWithOneBadRow_ChangesNothing()
    {
        await Import.ApplyAsync(File(Row("ACME-1")), Coordinator, Actor.System);

        var result = await Import.ApplyAsync(
            File(Row("ACME-1", name: "Renamed", town: "York"), Row("NEW-1"), Row("BAD-1", name: "")),
            Coordinator,
            Actor.System);

        Assert.False(result.Applied);
        Assert.Equal(["Row 4: Enter the employer's name"], result.Problems);
        var acme = await database.Db.Employers.AsNoTracking().Include(e => e.Sites).SingleAsync();
        Assert.Equal(("Agnès Engineering", "Leeds", 0u), (acme.Name, acme.Sites.Single().Town, acme.Version));
        Assert.Equal(1, await database.Db.EmployerContacts.CountAsync());
        Assert.Single(await database.Db.AuditEvents.Where(e => e.Action == AuditActions.EmployersImported)
            .ToListAsync());
    }

    [Fact]
    public async Task Preview_ChangesNothing_AndCountsWhatWouldBeAddedAndUpdated()
    {
        await Import.ApplyAsync(File(Row("ACME-1")), Coordinator, Actor.System);

        var result = await Import.PreviewAsync(File(Row("ACME-1", name: "Renamed"), Row("NEW-1")), Coordinator);

        Assert.Equal((1, 1, false, true), (result.ToAdd, result.ToUpdate, result.Applied, result.IsValid));
        Assert.Equal("Agnès Engineering", (await database.Db.Employers.AsNoTracking().SingleAsync()).Name);
    }

    [Fact]
    public async Task Apply_KeepsTheEdsNumber_AndRefusesOneThatIsNotNineDigits()
    {
        var refused = await Import.PreviewAsync(File(Row("BOLT-2", eds: "12345")), Coordinator);
        await Import.ApplyAsync(File(Row("ACME-1", eds: "123456789")), Coordinator, Actor.System);

        Assert.Equal(["Row 2: EDS number must be 9 digits, like 123456789"], refused.Problems);
        Assert.Equal("123456789", (await database.Db.Employers.AsNoTracking().SingleAsync()).EdsNumber);
    }

    [Fact]
    public async Task Preview_NamesEveryBadRow_IncludingADuplicateReference()
    {
        var result = await Import.PreviewAsync(File(
                Row("ACME-1"),
                Row("BOLT-2", phone: "call us"),
                Row("acme-1"),
                Row("ACME 3", contactEmail: "not-an-email")),
            Coordinator);

        Assert.Equal(
        [
            "Row 3: Enter a phone number, like 01632 960 001",
            "Row 4: Reference ACME-1 is also on row 2",
            "Row 5: Reference must only include letters, numbers and hyphens",
            "Row 5: Enter the contact's email address in the correct format, like name@example.com",
        ], result.Problems);
    }

    [Fact]
    public async Task Preview_ASiteWithSomeColumnsFilled_NeedsTheRest_AndARealPostcode()
    {
        var result = await Import.PreviewAsync(
            File(Row("ACME-1", site: "", town: "", postcode: ""), Row("BOLT-2", postcode: "XX1")),
            Coordinator);

        Assert.Equal(
        [
            "Row 2: Enter the site's name",
            "Row 2: Enter the town or city",
            "Row 2: Enter the site's postcode",
            "Row 3: Site postcode XX1 is not a real postcode",
        ], result.Problems);
    }

    [Fact]
    public async Task Apply_WithoutSiteOrContact_AddsTheEmployerAlone()
    {
        var result = await Import.ApplyAsync(Utf8("Reference,Name,Site name,Contact name", "ACME-1,Acme,,"),
            Coordinator, Actor.System);

        Assert.True(result.Applied);
        Assert.Equal(1, await database.Db.Employers.CountAsync());
        Assert.Equal(0, await database.Db.EmployerSites.CountAsync());
        Assert.Equal(0, await database.Db.EmployerContacts.CountAsync());
    }

    [Fact]
    public async Task Apply_ColumnsLeftOut_KeepWhatTheEmployerHas()
    {
        await Import.ApplyAsync(File(Row("ACME-1")), Coordinator, Actor.System);

        await Import.ApplyAsync(Utf8("name,REFERENCE", "Acme Group,acme-1"), Coordinator, Actor.System);

        var acme = await database.Db.Employers.AsNoTracking().Include(e => e.Sites).SingleAsync();
        Assert.Equal(("Acme Group", "01632 960 001", "Boots"), (acme.Name, acme.Phone, acme.DressCode));
        Assert.Single(acme.Sites);
    }

    [Fact]
    public async Task Apply_MissingColumns_GivesOneFileLevelProblem()
    {
        var result = await Import.ApplyAsync(Utf8("Name,Town", "Acme,Leeds"), Coordinator, Actor.System);

        Assert.Equal(["The file is missing the column Reference. The first row must name every column"],
            result.Problems);
        Assert.Equal(0, await database.Db.Employers.CountAsync());
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8 with bom")]
    [InlineData("windows-1252")]
    public async Task Apply_ReadsEachEncodingCollegesSave_AndNamesSurvive(string encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = string.Join("\r\n", Header, Row("ACME-1", name: "Agnès and Zoë", contact: "Siân Evans"));
        byte[] content = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8 with bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            _ => Encoding.GetEncoding(1252).GetBytes(text),
        };

        await Import.ApplyAsync(content, Coordinator, Actor.System);

        var acme = await database.Db.Employers.AsNoTracking().Include(e => e.Contacts).SingleAsync();
        Assert.Equal(("Agnès and Zoë", "Siân Evans"), (acme.Name, acme.Contacts.Single().Name));
    }

    [Fact]
    public async Task Preview_OfMoreRowsThanSqliteTakesParameters_IsChecked()
    {
        await Import.ApplyAsync(File(Row("R7")), Coordinator, Actor.System);
        var rows = Enumerable.Range(0, 33_000).Select(i => $"R{i},Employer {i}");

        var result = await Import.PreviewAsync(Utf8(["Reference,Name", .. rows]), Coordinator);

        Assert.Equal((32_999, 1, true), (result.ToAdd, result.ToUpdate, result.IsValid));
    }

    [Fact]
    public async Task Preview_OfTheTemplate_IsGood()
    {
        var result = await Import.PreviewAsync(Encoding.UTF8.GetBytes(EmployerImportFile.Template()), Coordinator);

        Assert.Equal((1, 0), (result.ToAdd, result.ToUpdate));
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData(Roles.Tutor)]
    [InlineData(Roles.SubjectLead)]
    [InlineData(Roles.PastoralSupport)]
    [InlineData(Roles.EmployerSupervisor)]
    public async Task Apply_ByAnyoneWhoCannotEditEmployers_IsRefused(string role)
    {
        var viewer = new Viewer("someone", new HashSet<string> { role });

        var result = await Import.ApplyAsync(File(Row("ACME-1")), viewer, Actor.System);

        Assert.Equal(["You cannot import employers"], result.Problems);
        Assert.Equal(0, await database.Db.Employers.CountAsync());
    }
}

using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Employers;

public class EmployerEditingTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task AddEmployer_IsSavedShownAndAudited(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await CoordinatorAsync(app);
        var reference = TestData.NextReference();

        var response = await client.SubmitFormAsync("/Employers/Edit", new()
        {
            ["Input.Name"] = "Brightwell Engineering",
            ["Input.Reference"] = reference,
            ["Input.UsualHours"] = "8am to 4pm",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Brightwell Engineering added.", page.Body!.TextContent, StringComparison.Ordinal);
        var employer = await Db(app, db => db.Employers.SingleAsync(e => e.Reference == reference));
        Assert.Equal("8am to 4pm", employer.UsualHours);
        Assert.True(await Db(app, db => db.AuditEvents.AnyAsync(a =>
            a.Action == AuditActions.EmployerAdded && a.EntityId == employer.Id.ToString())));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task EditEmployer_WithBadInput_ShowsEachErrorAndChangesNothing(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var employer = await app.CreateEmployerAsync(name: "Unchanged Ltd");
        var other = await app.CreateEmployerAsync();
        var client = await CoordinatorAsync(app);

        var response = await client.SubmitFormAsync($"/Employers/Edit/{employer.Id}", new()
        {
            ["Input.Name"] = "",
            ["Input.Email"] = "not-an-email",
        });
        var taken = await client.SubmitFormAsync($"/Employers/Edit/{employer.Id}", new()
        {
            ["Input.Reference"] = other.Reference,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["Enter the employer's name", "Enter an email address in the correct format, like name@example.com"],
            (await response.ToDocumentAsync()).ErrorSummary());
        Assert.Equal(["Another employer already has this reference"], (await taken.ToDocumentAsync()).ErrorSummary());
        var stored = await Db(app, db => db.Employers.SingleAsync(e => e.Id == employer.Id));
        Assert.Equal(("Unchanged Ltd", employer.Reference, 0u), (stored.Name, stored.Reference, stored.Version));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task EditEmployer_SavedByTwoPeopleAtOnce_TheSecondIsToldAndDoesNotOverwrite(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var employer = await app.CreateEmployerAsync();
        var first = await CoordinatorAsync(app);
        var second = await CoordinatorAsync(app);
        var path = $"/Employers/Edit/{employer.Id}";
        var staleForm = await second.GetDocumentAsync(path);
        var staleVersion = staleForm.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        await first.SubmitFormAsync(path, new() { ["Input.Name"] = "First change" });

        var response = await second.SubmitFormAsync(path, new()
        {
            ["Input.Name"] = "Second change",
            ["Input.Version"] = staleVersion,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Someone else changed this employer while you were editing",
            (await response.ToDocumentAsync()).ErrorSummary().Single(), StringComparison.Ordinal);
        Assert.Equal("First change", (await Db(app, db => db.Employers.SingleAsync(e => e.Id == employer.Id))).Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task AddSite_StoresTheNormalisedPostcode_AndRefusesABadOne(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var employer = await app.CreateEmployerAsync();
        var client = await CoordinatorAsync(app);
        var site = new Dictionary<string, string>
        {
            ["Input.Name"] = "Depot",
            ["Input.AddressLine1"] = "2 Mill Lane",
            ["Input.Town"] = "York",
            ["Input.Postcode"] = "yo1 7hh",
        };

        var bad = await client.SubmitFormAsync($"/Employers/{employer.Id}/Site",
            new(site) { ["Input.Postcode"] = "NOT A CODE" });
        var good = await client.SubmitFormAsync($"/Employers/{employer.Id}/Site", site);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["Enter a real postcode, like SW1A 1AA"], (await bad.ToDocumentAsync()).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var depot = await Db(app, db => db.EmployerSites
            .SingleAsync(s => s.EmployerId == employer.Id && s.Name == "Depot"));
        Assert.Equal("YO1 7HH", depot.Postcode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task AddSupervisor_InvitesANewUserByEmailAndLinksThem(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var employer = await app.CreateEmployerAsync();
        var client = await CoordinatorAsync(app);
        var email = $"mentor-{Guid.NewGuid():N}@employer.test";

        var response = await client.SubmitFormAsync($"/Employers/{employer.Id}/Supervisor", new()
        {
            ["Input.Name"] = "Priya Shah",
            ["Input.Email"] = email,
            ["Input.JobTitle"] = "Lead engineer",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var message = app.LatestTo(email);
        Assert.Contains("/Account/AcceptInvitation", Mailbox.LinkIn(message), StringComparison.Ordinal);
        var link = await Db(app, db => db.EmployerSupervisors.SingleAsync(s => s.EmployerId == employer.Id));
        Assert.Equal("Lead engineer", link.JobTitle);
        var page = await client.GetDocumentAsync($"/Employers/{employer.Id}");
        Assert.Contains("Priya Shah", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(await Db(app, db => db.AuditEvents.AnyAsync(a =>
            a.Action == AuditActions.SupervisorLinked && a.EntityId == employer.Id.ToString())));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task UploadEvidence_AcceptsAPdf_AndRefusesWrongTypesBigFilesAndRenamedPrograms(
        DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var employer = await app.CreateEmployerAsync();
        var client = await CoordinatorAsync(app);
        var program = new byte[] { 0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0 };
        var tooBig = new byte[(10 * 1024 * 1024) + 1];
        EvidenceUploads.Pdf.CopyTo(tooBig, 0);

        foreach (var (name, content, error) in new[]
        {
            ("notes.txt", Encoding.UTF8.GetBytes("hello"), "The selected file must be a PDF, PNG, JPEG or DOCX"),
            ("insurance.pdf", program, "The selected file must be a PDF, PNG, JPEG or DOCX"),
            ("huge.pdf", tooBig, "The selected file must be smaller than 10 MB"),
        })
        {
            var refused = await EvidenceUploads.UploadAsync(client, employer, name, content);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal([error], (await refused.ToDocumentAsync()).ErrorSummary());
        }

        Assert.False(await Db(app, db => db.DueDiligenceChecks.AnyAsync(c => c.EmployerId == employer.Id)));
        var accepted = await EvidenceUploads.UploadAsync(client, employer, "insurance.pdf", EvidenceUploads.Pdf);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var check = await EvidenceUploads.CheckOfAsync(app, employer);
        Assert.Equal(("insurance.pdf", "application/pdf", (long)EvidenceUploads.Pdf.Length),
            (check.EvidenceFileName, check.EvidenceContentType, check.EvidenceSize!.Value));
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "evidence", check.EvidenceStoredName!)));
        Assert.True(await Db(app, db => db.AuditEvents.AnyAsync(a => a.Action == AuditActions.DueDiligenceRecorded)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task EmployerPage_FlagsExpiredAndSoonExpiringChecks(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var employer = await app.CreateEmployerAsync();
        await app.AddCheckAsync(employer, DueDiligenceKind.RiskAssessment, expiresInDays: -1);
        await app.AddCheckAsync(employer, DueDiligenceKind.Safeguarding, expiresInDays: 10);
        await app.AddCheckAsync(employer, DueDiligenceKind.DataProtection, expiresInDays: 200);
        var client = await CoordinatorAsync(app);

        var page = await client.GetDocumentAsync($"/Employers/{employer.Id}");

        Assert.Equal(["Expired"], page.QuerySelectorAll(".govuk-tag--red").Select(t => t.TextContent.Trim()));
        Assert.Equal(["Expires soon"], page.QuerySelectorAll(".govuk-tag--yellow").Select(t => t.TextContent.Trim()));
        Assert.Contains("No evidence uploaded", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task CsvExport_HasABom_NeutralisesFormulas_AndFollowsFiltersAndAccess(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var flagged = await app.CreateEmployerAsync(name: $"=cmd {tag}");
        await app.AddCheckAsync(flagged, DueDiligenceKind.RiskAssessment, expiresInDays: -5);
        await app.CreateEmployerAsync(name: $"Calm {tag}");
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        await app.CreateEmployerAsync(name: $"Mine {tag}", supervisorUserId: supervisor.Id);
        var client = await CoordinatorAsync(app);

        var all = await client.GetByteArrayAsync($"/Employers?Search={tag}&handler=Csv");
        var onlyFlagged = Encoding.UTF8.GetString(
            await client.GetByteArrayAsync($"/Employers?Search={tag}&Flagged=true&handler=Csv"));
        var supervisorClient = await app.SignedInClientAsync(supervisor);
        var supervisors = Encoding.UTF8.GetString(await supervisorClient.GetByteArrayAsync("/Employers?handler=Csv"));

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), all[..3]);
        var text = Encoding.UTF8.GetString(all);
        Assert.Contains($"'=cmd {tag}", text, StringComparison.Ordinal);
        Assert.Contains($"Calm {tag}", text, StringComparison.Ordinal);
        Assert.Equal(4, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("=cmd", onlyFlagged, StringComparison.Ordinal);
        Assert.DoesNotContain("Calm", onlyFlagged, StringComparison.Ordinal);
        Assert.Contains($"Mine {tag}", supervisors, StringComparison.Ordinal);
        Assert.DoesNotContain($"Calm {tag}", supervisors, StringComparison.Ordinal);
    }

    private static async Task<HttpClient> CoordinatorAsync(TestApp app) =>
        await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));

    private static Task<T> Db<T>(TestApp app, Func<PlacementDbContext, Task<T>> query) =>
        app.WithServicesAsync(services => query(services.GetRequiredService<PlacementDbContext>()));
}

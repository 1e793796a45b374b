using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Tests.Support;
using UglyToad.PdfPig;

namespace PlacementTracker.Web.Tests.Placements;

public class AgreementPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task CoordinatorGenerates_ThenStudentCoordinatorAndSupervisorEachSign(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var parties = await PartiesAsync(app);
        var coordinator = await app.SignedInClientAsync(parties.Coordinator);

        var generated = await coordinator.SubmitFormAsync(parties.Path, new());

        Assert.Equal(HttpStatusCode.Redirect, generated.StatusCode);
        var page = await coordinator.GetDocumentAsync(parties.Path);
        Assert.Contains("Agreement generated.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(parties.StudentName, page.QuerySelector("#agreement")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll("#signatures .govuk-tag").Length);

        await SignAsync(app, parties.Student, parties.Path, "student");
        await SignAsync(app, parties.Coordinator, parties.Path, "provider");
        await SignAsync(app, parties.Supervisor, parties.Path, "employer");

        var signed = await coordinator.GetDocumentAsync(parties.Path);
        Assert.Empty(signed.QuerySelectorAll("#signatures .govuk-tag"));
        Assert.Equal(
            3,
            signed.QuerySelectorAll("#signatures dd")
                .Count(d => d.TextContent.Contains("Signed by", StringComparison.Ordinal)));
        var hash = signed.QuerySelector("#content-hash")!.TextContent;
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PlacementDbContext>();
            var signatures = await db.Signatures.Where(s => s.ContentHash == hash).ToListAsync();
            Assert.Equal(3, signatures.Count);
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Sign_AfterTheAgreementChanged_IsRefusedAndTheSignerIsShownTheNewText(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var parties = await PartiesAsync(app);
        await (await app.SignedInClientAsync(parties.Coordinator)).SubmitFormAsync(parties.Path, new());
        var student = await app.SignedInClientAsync(parties.Student);
        var signPath = $"{parties.Path}/Sign/Student";
        var shown = await student.GetDocumentAsync(signPath);
        var oldHash = shown.QuerySelector("input[name=ContentHash]")!.GetAttribute("value")!;
        await ChangePlacementAsync(app, parties.PlacementId, p => p.PlannedHours = 400);

        var response = await student.PostDirectAsync(signPath, ("ContentHash", oldHash));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(
            ["The agreement changed after you opened it. Read it again and sign"],
            page.ErrorSummary());
        Assert.Contains("Planned hours", page.QuerySelector("#agreement")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("400", page.QuerySelector("#agreement")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(oldHash, page.QuerySelector("input[name=ContentHash]")!.GetAttribute("value"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task ChangeAfterSigning_VoidsTheSignatureAndEmailsTheSigner(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var parties = await PartiesAsync(app);
        await (await app.SignedInClientAsync(parties.Coordinator)).SubmitFormAsync(parties.Path, new());
        await SignAsync(app, parties.Student, parties.Path, "student");
        await ChangePlacementAsync(app, parties.PlacementId, p => p.RoleTitle = "Data assistant");

        var page = await (await app.SignedInClientAsync(parties.Student)).GetDocumentAsync(parties.Path);

        Assert.Single(page.QuerySelectorAll("#voided tbody tr"));
        Assert.NotNull(page.QuerySelector($"a[href='{parties.Path}/Sign/Student']"));
        var email = app.LatestTo(parties.Student.Email);
        Assert.Equal("Sign the changed placement agreement again", email.Subject);
        Assert.Equal(parties.Path, Mailbox.LinkIn(email));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Pdf_DownloadsTheAgreementWithItsSignaturesAndHash(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var parties = await PartiesAsync(app);
        var coordinator = await app.SignedInClientAsync(parties.Coordinator);
        await coordinator.SubmitFormAsync(parties.Path, new());
        await SignAsync(app, parties.Student, parties.Path, "student");
        var hash = (await coordinator.GetDocumentAsync(parties.Path)).QuerySelector("#content-hash")!.TextContent;

        var response = await (await app.SignedInClientAsync(parties.Supervisor)).GetAsync($"{parties.Path}/Pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Industry placement agreement", text, StringComparison.Ordinal);
        Assert.Contains(parties.StudentName, text, StringComparison.Ordinal);
        Assert.Contains("Signed by Test Student on", text, StringComparison.Ordinal);
        Assert.Contains(hash, text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    public static TheoryData<DatabaseProvider, string> DatabasesAndOutsiders() => Outsiders.OnEveryDatabase();

    [Theory]
    [MemberData(nameof(DatabasesAndOutsiders))]
    public async Task PeopleOutsideThePlacement_GetNotFoundOnEveryAgreementPage(DatabaseProvider database, string who)
    {
        var app = TestApp.For(database);
        var parties = await PartiesAsync(app);
        await (await app.SignedInClientAsync(parties.Coordinator)).SubmitFormAsync(parties.Path, new());
        var outsider = await app.CreateOutsiderAsync(who);
        var client = await app.SignedInClientAsync(outsider);

        foreach (var path in new[] { parties.Path, $"{parties.Path}/Pdf", $"{parties.Path}/Sign/Student",
                     $"{parties.Path}/Sign/Employer" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }

        var post = await client.PostDirectAsync($"{parties.Path}/Sign/Student", ("ContentHash", "x"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await client.PostDirectAsync($"{parties.Path}?handler=Generate")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task TutorOfTheStudent_SeesTheAgreementButMayNotSignOrGenerate(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var parties = await PartiesAsync(app);
        await (await app.SignedInClientAsync(parties.Coordinator)).SubmitFormAsync(parties.Path, new());
        var tutor = await app.SignedInClientAsync(parties.Tutor);

        var page = await tutor.GetDocumentAsync(parties.Path);

        Assert.Empty(page.QuerySelectorAll("a[href*='/Agreement/Sign/']"));
        Assert.Null(page.QuerySelector("main form[method=post]"));
        Assert.Equal(HttpStatusCode.NotFound, (await tutor.GetAsync($"{parties.Path}/Sign/Provider")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await tutor.PostDirectAsync($"{parties.Path}?handler=Generate")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tutor.GetAsync($"{parties.Path}/Pdf")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Anonymous_IsSentToSignIn(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var parties = await PartiesAsync(app);
        var client = app.CreateBrowserlessClient();

        foreach (var path in new[] { parties.Path, $"{parties.Path}/Pdf", $"{parties.Path}/Sign/Student" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/SignIn", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    private static async Task SignAsync(TestApp app, TestUser user, string path, string capacity)
    {
        var client = await app.SignedInClientAsync(user);
        var page = await client.GetDocumentAsync(path);
        var link = page.QuerySelectorAll("#signatures a")
            .Single(a => a.TextContent.Contains($"Sign as the {capacity}", StringComparison.Ordinal))
            .GetAttribute("href")!;
        var check = await client.GetDocumentAsync(link);
        Assert.Contains("By signing you confirm", check.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var response = await client.SubmitFormAsync(link, new());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync(path);
        Assert.Contains(
            $"You signed the agreement as the {capacity}.",
            after.Body!.TextContent,
            StringComparison.Ordinal);
    }

    private static Task ChangePlacementAsync(TestApp app, Guid placementId, Action<Placement> change) =>
        app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PlacementDbContext>();
            var placement = await db.Placements.SingleAsync(p => p.Id == placementId);
            change(placement);
            await db.SaveChangesAsync();
        });


    private static async Task<Parties> PartiesAsync(TestApp app)
    {
        var studentUser = await app.CreateUserAsync(Roles.Student);
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var coordinator = await app.CreateUserAsync(Roles.PlacementCoordinator);
        var student = await app.CreateStudentAsync(
            userId: studentUser.Id,
            tutorUserId: tutor.Id,
            familyName: TestData.UniqueFamilyName());
        var placement = await app.CreatePlacementAsync(student, supervisor.Id);
        return new Parties(placement.Id, student.FullName, studentUser, tutor, supervisor, coordinator);
    }

    private sealed record Parties(
        Guid PlacementId,
        string StudentName,
        TestUser Student,
        TestUser Tutor,
        TestUser Supervisor,
        TestUser Coordinator)
    {
        public string Path => $"/Placements/{PlacementId}/Agreement";
    }
}

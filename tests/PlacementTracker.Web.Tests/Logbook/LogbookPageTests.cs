using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Logbook;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Web.Tests.Support;
using UglyToad.PdfPig;

namespace PlacementTracker.Web.Tests.Logbook;

public class LogbookPageTests
{
    private static readonly byte[] Pdf = "%PDF-1.7\n%logbook evidence\n"u8.ToArray();

    public static TheoryData<DatabaseProvider> Databases => TestDatabases.All;

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task StudentAddsEntryWithEvidenceAndSelfAssessment_TutorComments(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var people = await PlacementWithPeopleAsync(app);
        var student = await app.SignedInClientAsync(people.Student);

        var added = await WriteAsync(student, people.Placement, people.ObjectiveId, "report.pdf", Pdf);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var entryPath = added.Headers.Location!.OriginalString;
        var tutor = await app.SignedInClientAsync(people.Tutor);
        var commented = await tutor.SubmitFormAsync(entryPath, new() { ["Comment"] = "Good reflection on testing." });
        Assert.Equal(HttpStatusCode.Redirect, commented.StatusCode);
        var page = await student.GetDocumentAsync(entryPath);
        Assert.Contains("Fixed three booking bugs", page.QuerySelector("#what-i-did")!.TextContent);
        Assert.Contains("Progressing", page.QuerySelector("#self-assessment")!.TextContent);
        Assert.Contains("Good reflection on testing.", page.QuerySelector("#comments")!.TextContent);
        Assert.Null(page.QuerySelector("main form[method=post]"));
        var download = await student.GetAsync(page.QuerySelector("#evidence a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(
            [AuditActions.LogbookEntryAdded, AuditActions.LogbookEvidenceAdded, AuditActions.LogbookCommentAdded],
            await AuditActionsForAsync(app, Guid.Parse(entryPath.Split('/')[^1])));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task ProgramRenamedAsPdf_IsRefusedAndNothingSaved(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var people = await PlacementWithPeopleAsync(app);
        var student = await app.SignedInClientAsync(people.Student);

        var response = await WriteAsync(student, people.Placement, people.ObjectiveId, "report.pdf",
            [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["The selected file must be a PDF, PNG, JPEG or DOCX"],
            (await response.ToDocumentAsync()).ErrorSummary());
        Assert.Equal(0, await EntryCountAsync(app, people.Placement));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task SupervisorOfAnotherEmployer_GetsNotFoundForEntryAndEvidence(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var people = await PlacementWithPeopleAsync(app);
        var added = await WriteAsync(await app.SignedInClientAsync(people.Student), people.Placement,
            people.ObjectiveId, "report.pdf", Pdf);
        var entryPath = added.Headers.Location!.OriginalString;
        var evidence = (await app.SignedInClientAsync(people.Supervisor)).GetDocumentAsync(entryPath);
        var evidenceLink = (await evidence).QuerySelector("#evidence a")!.GetAttribute("href")!;
        var other = await app.CreateUserAsync(Roles.EmployerSupervisor);
        await app.CreatePlacementAsync(await app.CreateStudentAsync(), other.Id);
        var client = await app.SignedInClientAsync(other);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(entryPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(evidenceLink)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.GetAsync($"/Placements/{people.Placement.Id}/Logbook")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.GetAsync($"/Placements/{people.Placement.Id}/Logbook/Pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.PostDirectAsync(entryPath, ("Comment", "Not mine"))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task SupervisorTriesToWriteAnEntry_GetsNotFound(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var people = await PlacementWithPeopleAsync(app);
        var client = await app.SignedInClientAsync(people.Supervisor);

        var get = await client.GetAsync($"/Placements/{people.Placement.Id}/Logbook/Write");
        var post = await client.PostDirectAsync($"/Placements/{people.Placement.Id}/Logbook/Write",
            ("Input.Date", "2026-10-01"), ("Input.WhatIDid", "x"), ("Input.Reflection", "y"));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, await EntryCountAsync(app, people.Placement));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Pdf_ContainsTheEntryText(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var people = await PlacementWithPeopleAsync(app);
        var student = await app.SignedInClientAsync(people.Student);
        await WriteAsync(student, people.Placement, people.ObjectiveId, null, null);

        var response = await student.GetAsync($"/Placements/{people.Placement.Id}/Logbook/Pdf");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Industry placement logbook", text, StringComparison.Ordinal);
        Assert.Contains("Fixed three booking bugs", text, StringComparison.Ordinal);
        Assert.Contains("Fix defects: Progressing", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task EditWithAStaleVersion_ShowsTheConflict(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var people = await PlacementWithPeopleAsync(app);
        var student = await app.SignedInClientAsync(people.Student);
        var entryPath = (await WriteAsync(student, people.Placement, people.ObjectiveId, null, null))
            .Headers.Location!.OriginalString;
        var editPath = entryPath.Replace("/Entry/", "/Write/", StringComparison.Ordinal);

        var first = await student.SubmitFormAsync(editPath, new() { ["Input.Reflection"] = "First change" });
        var stale = await student.SubmitFormAsync(editPath, new()
        {
            ["Input.Reflection"] = "Second change",
            ["Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        var page = await student.GetDocumentAsync(entryPath);
        Assert.Equal("First change", page.QuerySelector("#reflection")!.TextContent.Trim());
    }

    private static async Task<HttpResponseMessage> WriteAsync(
        HttpClient client,
        Placement placement,
        Guid objectiveId,
        string? fileName,
        byte[]? content)
    {
        var path = $"/Placements/{placement.Id}/Logbook/Write";
        var form = await client.GetDocumentAsync(path);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("0"), "Version" },
            { new StringContent("2026-10-02"), "Input.Date" },
            { new StringContent("Fixed three booking bugs"), "Input.WhatIDid" },
            { new StringContent("Writing the test first made the fix obvious."), "Input.Reflection" },
            { new StringContent(objectiveId.ToString()), "Input.Assessments[0].ObjectiveId" },
            { new StringContent(nameof(LogbookRating.Progressing)), "Input.Assessments[0].Rating" },
        };
        if (content is not null)
        {
            body.Add(new ByteArrayContent(content), "Evidence", fileName!);
        }

        return await client.PostAsync(path, body);
    }

    private sealed record People(Placement Placement, Guid ObjectiveId, TestUser Student, TestUser Tutor,
        TestUser Supervisor);

    private static async Task<People> PlacementWithPeopleAsync(TestApp app)
    {
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var studentUser = await app.CreateUserAsync(Roles.Student);
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        var placement = await app.CreatePlacementAsync(
            await app.CreateStudentAsync(studentUser.Id, tutor.Id),
            supervisor.Id);
        var input = new ObjectiveInput(ObjectiveCategory.Objective, ObjectiveKind.TechnicalSkill, "Fix defects",
            null, null, null, null);
        var objectiveId = await app.WithServicesAsync(async services =>
        {
            var plans = services.GetRequiredService<PlanService>();
            await plans.AddAsync(placement.Id, input, new RevisionRequest(Actor.System, RevisionReason.WorkplaceChange));
            return (await plans.GetAsync(placement.Id)).Objectives.Single().Id;
        });
        return new People(placement, objectiveId, studentUser, tutor, supervisor);
    }

    private static Task<int> EntryCountAsync(TestApp app, Placement placement) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .LogbookEntries.CountAsync(e => e.PlacementId == placement.Id));

    private static Task<List<string>> AuditActionsForAsync(TestApp app, Guid entryId) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .AuditEvents.AsNoTracking()
            .Where(a => a.EntityId == entryId.ToString())
            .OrderBy(a => a.Id)
            .Select(a => a.Action)
            .ToListAsync());
}

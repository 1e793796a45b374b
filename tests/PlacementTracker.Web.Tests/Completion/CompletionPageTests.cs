using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Tests.Support;
using UglyToad.PdfPig;

namespace PlacementTracker.Web.Tests.Completion;

public class CompletionPageTests
{
    private static readonly string[] Pages =
    [
        "Completion", "Completion/Appraisal", "Completion/EndOfPlacement", "Completion/Success",
        "Completion/SpecialConsideration", "Completion/Sign/Provider", "Completion/Sign/Employer",
        "Completion/EvidencePack",
    ];

    public static TheoryData<DatabaseProvider> Databases => TestDatabases.All;

    public static TheoryData<DatabaseProvider, string> OutsidersOnEveryDatabase => Outsiders.OnEveryDatabase();

    [Theory]
    [MemberData(nameof(OutsidersOnEveryDatabase))]
    public async Task Outsiders_GetNotFoundOnEveryCompletionPage(DatabaseProvider database, string who)
    {
        var app = TestApp.For(database);
        var (placement, _, _) = await PlacementWithPeopleAsync(app);
        var client = await app.SignedInClientAsync(await app.CreateOutsiderAsync(who));

        foreach (var page in Pages)
        {
            var response = await client.GetAsync($"/Placements/{placement.Id}/{page}");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{page} answered {response.StatusCode}");
        }

        var post = await client.PostDirectAsync($"/Placements/{placement.Id}/Completion/EndOfPlacement",
            ("Reflection", "Not mine"), ("Achievements", "x"), ("NextSteps", "x"), ("Version", "0"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task SupervisorWritesTheAppraisal_CompletionPageShowsItDone(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, supervisor, _) = await PlacementWithPeopleAsync(app);
        var client = await app.SignedInClientAsync(supervisor);
        var form = await client.GetDocumentAsync($"/Placements/{placement.Id}/Completion/Appraisal");
        var fields = form.QuerySelectorAll("input[type=radio][name^=Levels]")
            .GroupBy(r => r.GetAttribute("name")!)
            .Select(g => (g.Key, g.Last().GetAttribute("value")!))
            .ToList();
        Assert.NotEmpty(fields);

        var saved = await client.PostFormAsync($"/Placements/{placement.Id}/Completion/Appraisal",
            [.. fields, ("Strengths", "Careful"), ("AreasToDevelop", "Confidence"),
                ("WouldOfferReference", "true"), ("WouldOfferJob", "false")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await client.GetDocumentAsync($"/Placements/{placement.Id}/Completion");
        Assert.Contains("Done on", page.QuerySelector("#completion-review")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task AppraisalWithoutAnswers_ShowsTheErrorSummary(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, supervisor, _) = await PlacementWithPeopleAsync(app);
        var client = await app.SignedInClientAsync(supervisor);

        var response = await client.PostFormAsync($"/Placements/{placement.Id}/Completion/Appraisal");

        var errors = (await response.ToDocumentAsync()).ErrorSummary();
        Assert.Contains("Select a rating for every area", errors);
        Assert.Contains("Enter the student's strengths", errors);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task StudentAndOwnTutor_MayWriteTheEndOfPlacementReview_SupervisorMayNot(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, supervisor, student) = await PlacementWithPeopleAsync(app);
        var studentClient = await app.SignedInClientAsync(student);
        var supervisorClient = await app.SignedInClientAsync(supervisor);

        var saved = await studentClient.SubmitFormAsync($"/Placements/{placement.Id}/Completion/EndOfPlacement", new()
        {
            ["Reflection"] = "I grew in confidence",
            ["Achievements"] = "Shipped a form",
            ["NextSteps"] = "Apprenticeship",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await supervisorClient.GetAsync($"/Placements/{placement.Id}/Completion/EndOfPlacement")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await studentClient.GetAsync($"/Placements/{placement.Id}/Completion/Appraisal")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await studentClient.GetAsync($"/Placements/{placement.Id}/Completion/EvidencePack")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Generate_WhileConditionsAreUnmet_IsRefusedNamingThem(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, _, _) = await PlacementWithPeopleAsync(app);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));

        var response = await client.PostFieldsAsync($"/Placements/{placement.Id}/Completion?handler=Generate", [],
            "form[action*=Generate]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains(page.ErrorSummary(), e => e.StartsWith("Hours:", StringComparison.Ordinal));
        Assert.Contains(page.ErrorSummary(),
            e => e.StartsWith("Placement agreement signed:", StringComparison.Ordinal));
        Assert.Equal(7, page.QuerySelectorAll("#conditions .govuk-tag--red").Length);
        Assert.Equal(0, await app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .SignedDocuments.CountAsync(d => d.PlacementId == placement.Id)));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task CoordinatorRecordsSpecialConsideration_AndTheEvidencePackDownloads(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, _, _) = await PlacementWithPeopleAsync(app);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));

        var saved = await client.PostFormAsync($"/Placements/{placement.Id}/Completion/SpecialConsideration",
            ("ReasonCodes", "ML"), ("ReasonCodes", "D"), ("Hours", "250"), ("Note", "Letters in the student file"));
        var pdf = await client.GetAsync($"/Placements/{placement.Id}/Completion/EvidencePack");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var industry = await app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .IndustryPlacements.AsNoTracking().SingleAsync(i => i.Id == placement.IndustryPlacementId));
        Assert.Equal("D,ML", industry.SpecialConsiderationReasonCodes);
        Assert.Equal(250, industry.SpecialConsiderationHours);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using var read = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", read.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Evidence pack:", text, StringComparison.Ordinal);
        foreach (var heading in new[]
        {
            "Placement agreement", "Plan and its revisions", "Hours and approved timesheets", "Reviews",
            "Employer appraisal", "End-of-placement review", "Completion declaration",
        })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        Assert.Contains("250 hours", text, StringComparison.Ordinal);
        Assert.Contains("No approved timesheets", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task GoodPractice_IsForStaffOnly(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (_, supervisor, student) = await PlacementWithPeopleAsync(app);

        var staff = await (await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Tutor)))
            .GetAsync("/GoodPractice?Text=teamwork");

        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        foreach (var outsider in new[] { supervisor, student })
        {
            var response = await (await app.SignedInClientAsync(outsider)).GetAsync("/GoodPractice");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private static async Task<(Placement, TestUser Supervisor, TestUser Student)> PlacementWithPeopleAsync(
        TestApp app)
    {
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var studentUser = await app.CreateUserAsync(Roles.Student);
        var student = await app.CreateStudentAsync(userId: studentUser.Id);
        return (await app.CreatePlacementAsync(student, supervisor.Id), supervisor, studentUser);
    }
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Placements;

public class PlanPageTests
{
    private static readonly string[] ReadPages = ["Plan", "Plan/History", "ObjectivesTemplate"];

    private const string TemplatePdf = "ObjectivesTemplate?handler=Pdf";

    public static TheoryData<DatabaseProvider> Databases => TestDatabases.All;

    public static TheoryData<DatabaseProvider, string> DatabasesAnd(params string[] people)
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var database in TestDatabases.Providers)
        {
            foreach (var person in people)
            {
                data.Add(database, person);
            }
        }

        return data;
    }

    public static TheoryData<DatabaseProvider, string> DatabasesAndOutsiders() => Outsiders.OnEveryDatabase();

    public static TheoryData<DatabaseProvider, string> DatabasesAndReaders() =>
        DatabasesAnd("tutor", "supervisor", "student", "subject lead", Roles.PastoralSupport);

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task BuildFromTemplate_ThenEditWithAReason_ShowsInTheHistory(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var placement = await app.CreatePlacementAsync(await app.CreateStudentAsync(), null);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var page = await client.GetDocumentAsync($"/Placements/{placement.Id}/Plan");
        var templateId = page.QuerySelector("input[name=TemplateId]")!.GetAttribute("value")!;

        var built = await client.SubmitFormAsync($"/Placements/{placement.Id}/Plan",
            new() { ["TemplateId"] = templateId });

        Assert.Equal(HttpStatusCode.Redirect, built.StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        page = await client.GetDocumentAsync($"/Placements/{placement.Id}/Plan");
        var change = page.QuerySelector("a[href*='/Plan/Objective/']")!.GetAttribute("href")!;
        var edited = await client.SubmitFormAsync(change, new()
        {
            ["Input.TargetDate"] = "2027-03-01",
            ["Input.Reason"] = nameof(RevisionReason.StudentProgress),
            ["Input.Note"] = "Moved after the first review",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var history = (await client.GetDocumentAsync($"/Placements/{placement.Id}/Plan/History"))
            .QuerySelector("tbody tr")!.TextContent;
        Assert.Contains("→ 2027-03-01", history, StringComparison.Ordinal);
        Assert.Contains("The student's progress", history, StringComparison.Ordinal);
        Assert.Contains("Moved after the first review", history, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Edit_AfterThePlanIsSet_WithoutAReason_ShowsTheErrorAndSavesNothing(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var placement = await app.CreatePlacementAsync(await app.CreateStudentAsync(), null);
        var objectiveId = await AddObjectiveAsync(app, placement);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));

        var response = await client.SubmitFormAsync($"/Placements/{placement.Id}/Plan/Objective/{objectiveId}",
            new() { ["Input.Description"] = "Something else" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Select why the plan is changing"], (await response.ToDocumentAsync()).ErrorSummary());
        Assert.Single(await app.WithServicesAsync(s => s.GetRequiredService<PlanService>().HistoryAsync(placement.Id)));
    }

    [Theory]
    [MemberData(nameof(DatabasesAndOutsiders))]
    public async Task PeopleOutsideThePlacement_GetNotFoundOnEveryPlanPage(DatabaseProvider database, string who)
    {
        var app = TestApp.For(database);
        var (placement, objectiveId) = await PlacementWithPlanAsync(app);
        var client = await app.SignedInClientAsync(await app.CreateOutsiderAsync(who));

        foreach (var path in ReadPages.Concat(EditPaths(objectiveId)).Append(TemplatePdf))
        {
            var response = await client.GetAsync($"/Placements/{placement.Id}/{path}");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{who} opened {path}");
        }
    }

    [Theory]
    [MemberData(nameof(DatabasesAndReaders))]
    public async Task PeopleWhoSeeThePlacement_MayDownloadTheObjectivesTemplateAsPdf(DatabaseProvider database, string who)
    {
        var app = TestApp.For(database);
        var people = await PeopleAsync(app);
        var (placement, _) = await PlacementWithPlanAsync(app, people);
        var client = await app.SignedInClientAsync(people[who]);

        var response = await client.GetAsync($"/Placements/{placement.Id}/{TemplatePdf}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Fix defects", text, StringComparison.Ordinal);
        Assert.Contains(placement.RoleTitle, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DatabasesAndReaders))]
    public async Task PeopleWhoSeeThePlacement_MayReadThePlan_ButNotEditIt(DatabaseProvider database, string who)
    {
        var app = TestApp.For(database);
        var people = await PeopleAsync(app);
        var (placement, objectiveId) = await PlacementWithPlanAsync(app, people);
        var client = await app.SignedInClientAsync(people[who]);

        foreach (var path in ReadPages)
        {
            var page = await client.GetDocumentAsync($"/Placements/{placement.Id}/{path}");
            Assert.Contains("Fix defects", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        var mayNotOpen = EditPaths(objectiveId)
            .Where(p => who != "tutor" || !p.EndsWith("/Status", StringComparison.Ordinal));
        foreach (var path in mayNotOpen)
        {
            var response = await client.GetAsync($"/Placements/{placement.Id}/{path}");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{who} opened {path}");
        }

        var post = await client.PostDirectAsync($"/Placements/{placement.Id}/Plan/Objective",
            ("Input.Description", "Sneaky"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task TheStudentsTutor_MayRecordAnObjectivesStatus(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var people = await PeopleAsync(app);
        var (placement, objectiveId) = await PlacementWithPlanAsync(app, people);
        var client = await app.SignedInClientAsync(people["tutor"]);
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var response = await client.SubmitFormAsync($"/Placements/{placement.Id}/Plan/Objective/{objectiveId}/Status",
            new() { ["Status"] = nameof(ObjectiveStatus.Achieved), ["Reason"] = nameof(RevisionReason.ReviewOutcome) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var history = await app.WithServicesAsync(s => s.GetRequiredService<PlanService>().HistoryAsync(placement.Id));
        Assert.Equal("Status: Not started → Achieved", history[0].Changes);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Anonymous_IsSentToSignIn(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var placement = await app.CreatePlacementAsync(await app.CreateStudentAsync(), null);

        var response = await app.CreateBrowserlessClient().GetAsync($"/Placements/{placement.Id}/Plan");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static string[] EditPaths(Guid objectiveId) =>
    [
        "Plan/Objective",
        $"Plan/Objective/{objectiveId}",
        $"Plan/Objective/{objectiveId}/Remove",
        $"Plan/Objective/{objectiveId}/Status",
    ];

    private static async Task<Dictionary<string, TestUser>> PeopleAsync(TestApp app)
    {
        var subjectLead = await app.CreateUserAsync(Roles.SubjectLead);
        await app.LeadPathwayAsync(subjectLead.Id, "60358324");
        return new Dictionary<string, TestUser>
        {
            ["tutor"] = await app.CreateUserAsync(Roles.Tutor),
            ["supervisor"] = await app.CreateUserAsync(Roles.EmployerSupervisor),
            ["student"] = await app.CreateUserAsync(Roles.Student),
            ["subject lead"] = subjectLead,
            [Roles.PastoralSupport] = await app.CreateUserAsync(Roles.PastoralSupport),
        };
    }

    private static async Task<(Placement Placement, Guid ObjectiveId)> PlacementWithPlanAsync(
        TestApp app,
        Dictionary<string, TestUser>? people = null)
    {
        people ??= await PeopleAsync(app);
        var student = await app.CreateStudentAsync(userId: people["student"].Id, tutorUserId: people["tutor"].Id);
        var placement = await app.CreatePlacementAsync(student, people["supervisor"].Id);
        return (placement, await AddObjectiveAsync(app, placement));
    }


    private static async Task<Guid> AddObjectiveAsync(TestApp app, Placement placement)
    {
        var input = new ObjectiveInput(ObjectiveCategory.Objective, ObjectiveKind.TechnicalSkill, "Fix defects",
            null, null, null, null);
        return await app.WithServicesAsync(async services =>
        {
            var plans = services.GetRequiredService<PlanService>();
            var result = await plans.AddAsync(placement.Id, input,
                new RevisionRequest(Actor.System, RevisionReason.WorkplaceChange));
            Assert.True(result.Succeeded);
            return (await plans.GetAsync(placement.Id)).Objectives.Single().Id;
        });
    }
}

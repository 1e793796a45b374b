using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Feedback;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Feedback;

public class FeedbackPageTests
{
    private static readonly string[] MissingFieldMessages =
    [
        "The date must be today or in the past",
        "Select what the feedback is about",
        "Select whether this is praise or a concern",
        "The feedback must be 2000 characters or fewer",
    ];

    public static TheoryData<DatabaseProvider> Databases => TestDatabases.All;

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task SupervisorAddsPraise_StudentSeesIt(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, supervisor, student, _) = await PlacementWithPeopleAsync(app);
        var supervisorClient = await app.SignedInClientAsync(supervisor);

        var added = await supervisorClient.SubmitFormAsync($"/Placements/{placement.Id}/Feedback", new()
        {
            ["Input.Date"] = "2026-10-02",
            ["Input.Area"] = nameof(FeedbackArea.WorkOutputs),
            ["Input.Tone"] = nameof(FeedbackTone.Praise),
            ["Input.Text"] = "Tidy, well-tested fix to the booking form.",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await (await app.SignedInClientAsync(student)).GetDocumentAsync(
            $"/Placements/{placement.Id}/Feedback");
        var note = Assert.Single(page.QuerySelectorAll(".pt-feedback-note"));
        Assert.Contains("Tidy, well-tested fix to the booking form.", note.TextContent);
        Assert.Contains("Work outputs", note.TextContent);
        Assert.Contains("Praise", note.TextContent);
        Assert.Null(page.QuerySelector("main form[method=post]"));
        var audit = await AuditOfAsync(app, placement);
        Assert.Equal(AuditActions.FeedbackNoteAdded, Assert.Single(audit).Action);
        Assert.DoesNotContain("booking form", audit[0].Summary);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Notes_ShowNewestFirst(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, _, _, tutor) = await PlacementWithPeopleAsync(app);
        var client = await app.SignedInClientAsync(tutor);

        foreach (var (date, text) in new[] { ("2026-09-10", "Older"), ("2026-10-01", "Newer") })
        {
            await client.SubmitFormAsync($"/Placements/{placement.Id}/Feedback", new()
            {
                ["Input.Date"] = date,
                ["Input.Area"] = nameof(FeedbackArea.Timekeeping),
                ["Input.Tone"] = nameof(FeedbackTone.Concern),
                ["Input.Text"] = text,
            });
        }

        var page = await client.GetDocumentAsync($"/Placements/{placement.Id}/Feedback");
        Assert.Equal(
            ["Newer", "Older"],
            page.QuerySelectorAll(".pt-feedback-note .govuk-summary-card__content p:first-child")
                .Select(p => p.TextContent.Trim()));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task StudentPostsFeedback_AnswersNotFoundAndSavesNothing(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, _, student, _) = await PlacementWithPeopleAsync(app);
        var client = await app.SignedInClientAsync(student);

        var response = await client.PostDirectAsync($"/Placements/{placement.Id}/Feedback",
            ("Input.Date", "2026-10-01"), ("Input.Area", "Performance"), ("Input.Tone", "Praise"),
            ("Input.Text", "I was great"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await NoteCountAsync(app, placement));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task MissingFields_ShowTheErrorSummary(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, supervisor, _, _) = await PlacementWithPeopleAsync(app);
        var client = await app.SignedInClientAsync(supervisor);

        var response = await client.SubmitFormAsync($"/Placements/{placement.Id}/Feedback", new()
        {
            ["Input.Date"] = "2026-12-25",
            ["Input.Text"] = new string('x', FeedbackRules.MaxTextLength + 1),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equivalent(MissingFieldMessages, (await response.ToDocumentAsync()).ErrorSummary(), strict: true);
        Assert.Equal(0, await NoteCountAsync(app, placement));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Outsiders_GetNotFound(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, _, _, _) = await PlacementWithPeopleAsync(app);
        var otherSupervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        await app.CreatePlacementAsync(await app.CreateStudentAsync(), otherSupervisor.Id);
        var outsiders = new[]
        {
            otherSupervisor,
            await app.CreateUserAsync(Roles.Tutor),
            await app.CreateUserAsync(Roles.Student),
        };

        foreach (var outsider in outsiders)
        {
            var client = await app.SignedInClientAsync(outsider);
            var get = await client.GetAsync($"/Placements/{placement.Id}/Feedback");
            var post = await client.PostDirectAsync($"/Placements/{placement.Id}/Feedback",
                ("Input.Date", "2026-10-01"), ("Input.Area", "Performance"), ("Input.Tone", "Concern"),
                ("Input.Text", "Not mine to say"));

            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        Assert.Equal(0, await NoteCountAsync(app, placement));
    }

    private static async Task<(Placement, TestUser Supervisor, TestUser Student, TestUser Tutor)>
        PlacementWithPeopleAsync(TestApp app)
    {
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var studentUser = await app.CreateUserAsync(Roles.Student);
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        var student = await app.CreateStudentAsync(studentUser.Id, tutor.Id);
        return (await app.CreatePlacementAsync(student, supervisor.Id), supervisor, studentUser, tutor);
    }

    private static Task<int> NoteCountAsync(TestApp app, Placement placement) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .FeedbackNotes.CountAsync(n => n.PlacementId == placement.Id));

    private static Task<List<AuditEvent>> AuditOfAsync(TestApp app, Placement placement) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .AuditEvents.AsNoTracking()
            .Where(a => a.EntityId == placement.Id.ToString())
            .ToListAsync());
}

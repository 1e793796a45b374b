using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Web.Tests.Support;
using UglyToad.PdfPig;

namespace PlacementTracker.Web.Tests.Reviews;

public class ReviewPageTests
{
    private const string ObjectiveText = "Fix defects in the booking system";

    public static TheoryData<DatabaseProvider> Databases => TestDatabases.All;

    public static TheoryData<DatabaseProvider, string> DatabasesAndOutsiders() => Outsiders.OnEveryDatabase();

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task EveryoneWhoSeesThePlacement_ReadsReviewsAndAchievements(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var people = await PlacementWithPeopleAsync(app);
        var lead = await app.CreateUserAsync(Roles.SubjectLead);
        await app.LeadPathwayAsync(lead.Id, "60358324");

        foreach (var user in new[] { people.Coordinator, people.Tutor, lead, people.Supervisor, people.Student })
        {
            var client = await app.SignedInClientAsync(user);
            foreach (var path in ReadPages(people))
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task EachFormOpensOnlyForThoseWhoUseIt(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var people = await PlacementWithPeopleAsync(app);
        var lead = await app.CreateUserAsync(Roles.SubjectLead);
        await app.LeadPathwayAsync(lead.Id, "60358324");
        var review = ReviewPath(people);
        var forms = new (string Path, TestUser[] Allowed)[]
        {
            ($"{review}/Record", [people.Coordinator, people.Tutor]),
            ($"{review}/Employer", [people.Supervisor]),
            ($"{review}/Student", [people.Student]),
            ($"{review}/DueDate", [people.Coordinator]),
        };

        foreach (var user in new[] { people.Coordinator, people.Tutor, lead, people.Supervisor, people.Student })
        {
            var client = await app.SignedInClientAsync(user);
            foreach (var (path, allowed) in forms)
            {
                var expected = allowed.Contains(user) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                Assert.True(expected == (await client.GetAsync(path)).StatusCode, $"{user.Email} on {path}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task InformalReviews_AddedByStaffAndSupervisor_NotByStudentOrSubjectLead(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var people = await PlacementWithPeopleAsync(app);
        var lead = await app.CreateUserAsync(Roles.SubjectLead);
        await app.LeadPathwayAsync(lead.Id, "60358324");
        var list = $"/Placements/{people.Placement.Id}/Reviews";

        foreach (var user in new[] { people.Coordinator, people.Tutor, people.Supervisor })
        {
            var added = await (await app.SignedInClientAsync(user))
                .SubmitFormAsync(list, new() { ["DueOn"] = "2026-11-02" });
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        foreach (var user in new[] { people.Student, lead })
        {
            var client = await app.SignedInClientAsync(user);
            Assert.Null((await client.GetDocumentAsync(list)).QuerySelector("main form[method=post]"));
            var post = await client.PostDirectAsync(list, ("DueOn", "2026-11-02"));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        Assert.Equal(3, await InformalCountAsync(app, people.Placement));
    }

    [Theory]
    [MemberData(nameof(DatabasesAndOutsiders))]
    public async Task PeopleOutsideThePlacement_GetNotFoundOnEveryReviewPage(DatabaseProvider database, string who)
    {
        var app = TestApp.For(database);
        var people = await PlacementWithPeopleAsync(app);
        var outsider = await app.CreateOutsiderAsync(who);
        var client = await app.SignedInClientAsync(outsider);
        var review = ReviewPath(people);

        foreach (var path in ReadPages(people).Concat(
                     [$"{review}/Record", $"{review}/Employer", $"{review}/Student", $"{review}/DueDate"]))
        {
            Assert.True(HttpStatusCode.NotFound == (await client.GetAsync(path)).StatusCode, path);
        }

        Assert.Equal(HttpStatusCode.NotFound,
            (await client.PostDirectAsync($"/Placements/{people.Placement.Id}/Reviews", ("DueOn", "2026-11-02")))
            .StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.PostDirectAsync($"{review}?handler=Confirm", ("version", "0"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.PostDirectAsync($"{review}/Student", ("StudentFeedback", "Not mine"), ("Version", "0")))
            .StatusCode);
        Assert.Equal(0, await InformalCountAsync(app, people.Placement));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task ProgressIndicatorFramework_OpensForAdministratorsOnly(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var admin = await app.CreateUserAsync(Roles.Administrator);

        var page = await (await app.SignedInClientAsync(admin)).GetDocumentAsync("/Admin/ProgressIndicators");

        Assert.NotNull(page.QuerySelector("#areas"));
        foreach (var role in new[] { Roles.PlacementCoordinator, Roles.Tutor, Roles.EmployerSupervisor, Roles.Student })
        {
            var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));
            var get = await client.GetAsync("/Admin/ProgressIndicators");
            var post = await client.PostDirectAsync("/Admin/ProgressIndicators?handler=Add",
                ("Part", nameof(FrameworkPart.Area)), ("Name", "Sneaked in"));
            Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(get.Headers.Location)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        }

        var names = await app.WithServicesAsync(async services =>
            (await services.GetRequiredService<ProgressIndicatorFramework>().CurrentAsync()).Areas
            .Select(a => a.Name).ToList());
        Assert.DoesNotContain("Sneaked in", names);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task TutorRecordsAReview_RatingsAndObjectiveUpdatesAreSaved(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var people = await PlacementWithPeopleAsync(app);
        var tutor = await app.SignedInClientAsync(people.Tutor);

        var recorded = await RecordAsync(tutor, people);

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var saved = await ReviewAsync(app, people);
        Assert.Equal(new DateOnly(2026, 10, 2), saved.HeldOn);
        var areas = await app.WithServicesAsync(async services =>
            (await services.GetRequiredService<ProgressIndicatorFramework>().CurrentAsync()).Areas.Count);
        Assert.Equal(areas, saved.Ratings.Count);
        Assert.All(saved.Ratings, r => Assert.False(string.IsNullOrEmpty(r.LevelName)));
        var update = Assert.Single(saved.ObjectiveUpdates);
        Assert.Equal(ObjectiveStatus.Achieved, update.Status);
        Assert.Equal("Release notes for version 2", update.Evidence);
        var plan = await app.WithServicesAsync(services =>
            services.GetRequiredService<PlanService>().GetAsync(people.Placement.Id));
        Assert.Equal(ObjectiveStatus.Achieved, plan.Objectives.Single().Status);
        var page = await tutor.GetDocumentAsync(ReviewPath(people));
        Assert.Contains(saved.Ratings.First().AreaName, page.QuerySelector("#ratings")!.TextContent);
        Assert.Contains(ObjectiveText, page.QuerySelector("#objectives")!.TextContent);
        Assert.Contains("Write up the fixes", page.QuerySelector("#actions")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task StaleRecordForm_IsRefusedWithAMessage(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var people = await PlacementWithPeopleAsync(app);
        var tutor = await app.SignedInClientAsync(people.Tutor);
        var coordinator = await app.SignedInClientAsync(people.Coordinator);
        var staleForm = await RecordFormAsync(tutor, people);
        var firstForm = await RecordFormAsync(coordinator, people);
        firstForm["Input.Attendees"] = "First record";
        var first = await coordinator.PostAsync($"{ReviewPath(people)}/Record", new FormUrlEncodedContent(firstForm));

        staleForm["Input.Attendees"] = "Second record";
        var stale = await tutor.PostAsync($"{ReviewPath(people)}/Record", new FormUrlEncodedContent(staleForm));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var summary = (await stale.ToDocumentAsync()).ErrorSummary();
        Assert.Contains(summary, m => m.StartsWith("Someone else changed this review", StringComparison.Ordinal));
        Assert.Equal("First record", (await ReviewAsync(app, people)).Attendees);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task StudentsPart_SavesOnlyTheirPart(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var people = await PlacementWithPeopleAsync(app);
        await RecordAsync(await app.SignedInClientAsync(people.Tutor), people);
        var before = await ReviewAsync(app, people);

        var saved = await (await app.SignedInClientAsync(people.Student)).SubmitFormAsync(
            $"{ReviewPath(people)}/Student",
            new()
            {
                ["StudentFeedback"] = "I have enjoyed the testing work.",
                ["ProviderNotes"] = "Overwritten by the student",
                ["Input.ProviderNotes"] = "Overwritten by the student",
                ["EmployerFeedback"] = "Overwritten by the student",
                ["Input.Attendees"] = "Overwritten by the student",
            });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await ReviewAsync(app, people);
        Assert.Equal("I have enjoyed the testing work.", after.StudentFeedback);
        Assert.Equal(before.ProviderNotes, after.ProviderNotes);
        Assert.Equal(before.EmployerFeedback, after.EmployerFeedback);
        Assert.Equal(before.Attendees, after.Attendees);
        Assert.Equal(before.HeldOn, after.HeldOn);
        Assert.Equal(before.Ratings.Count, after.Ratings.Count);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task ConfirmedByStudentSupervisorAndTutor_TheReviewIsComplete(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var people = await PlacementWithPeopleAsync(app);
        await RecordAsync(await app.SignedInClientAsync(people.Tutor), people);
        var path = ReviewPath(people);

        foreach (var user in new[] { people.Student, people.Supervisor })
        {
            var confirmed = await (await app.SignedInClientAsync(user)).SubmitFormAsync(path, new());
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
            Assert.Null((await ReviewAsync(app, people)).CompletedAtUtc);
        }

        var tutor = await app.SignedInClientAsync(people.Tutor);
        Assert.Equal(HttpStatusCode.Redirect, (await tutor.SubmitFormAsync(path, new())).StatusCode);

        var review = await ReviewAsync(app, people);
        Assert.NotNull(review.CompletedAtUtc);
        Assert.Equal(3, review.Confirmations.Count);
        Assert.Equal("Confirmed", (await tutor.GetDocumentAsync(path)).QuerySelector("#standing")!.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task AchievementsPdf_HoldsTheEmployerRoleAndAnAchievedObjective(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var people = await PlacementWithPeopleAsync(app);
        await RecordAsync(await app.SignedInClientAsync(people.Tutor), people);
        var employer = await app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .Employers.Where(e => e.Id == people.Placement.EmployerId).Select(e => e.Name).SingleAsync());

        var response = await (await app.SignedInClientAsync(people.Student))
            .GetAsync($"/Placements/{people.Placement.Id}/Achievements/Pdf");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains(AchievementsSummary.Title, text, StringComparison.Ordinal);
        Assert.Contains(employer, text, StringComparison.Ordinal);
        Assert.Contains("Junior developer", text, StringComparison.Ordinal);
        Assert.Contains(ObjectiveText, text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Records the start review through its form: held on, every area rated with the first level, the objective
    /// achieved with evidence, and one agreed action.
    /// </summary>
    private static async Task<HttpResponseMessage> RecordAsync(HttpClient client, People people) =>
        await client.PostAsync($"{ReviewPath(people)}/Record",
            new FormUrlEncodedContent(await RecordFormAsync(client, people)));

    /// <summary>The record form as loaded now, with its hidden fields and token, filled in as a tutor would.</summary>
    private static async Task<Dictionary<string, string>> RecordFormAsync(HttpClient client, People people)
    {
        var form = (await client.GetDocumentAsync($"{ReviewPath(people)}/Record"))
            .QuerySelector("main form[method=post]")!;
        var fields = new Dictionary<string, string>();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]"))
        {
            fields[hidden.GetAttribute("name")!] = hidden.GetAttribute("value") ?? "";
        }

        var areas = form.QuerySelectorAll("input[name$='].AreaId']").Length;
        for (var i = 0; i < areas; i++)
        {
            fields[$"Input.Ratings[{i}].LevelId"] =
                form.QuerySelector($"input[name='Input.Ratings[{i}].LevelId']")!.GetAttribute("value")!;
        }

        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["Input.HeldOn"] = "2026-10-02",
            ["Input.Attendees"] = "Student, supervisor and tutor",
            ["Input.ProviderNotes"] = "Settled in well.",
            ["Input.EmployerFeedback"] = "Reliable and keen.",
            ["Input.Objectives[0].Status"] = nameof(ObjectiveStatus.Achieved),
            ["Input.Objectives[0].Evidence"] = "Release notes for version 2",
            ["Input.Actions[0].Description"] = "Write up the fixes",
            ["Input.Actions[0].Owner"] = "Student",
        })
        {
            fields[name] = value;
        }

        return fields;
    }

    private static string[] ReadPages(People people) =>
    [
        $"/Placements/{people.Placement.Id}/Reviews",
        ReviewPath(people),
        $"/Placements/{people.Placement.Id}/Achievements",
        $"/Placements/{people.Placement.Id}/Achievements/Pdf",
    ];

    private static string ReviewPath(People people) => $"/Placements/{people.Placement.Id}/Reviews/{people.ReviewId}";

    private sealed record People(
        Placement Placement,
        Guid ReviewId,
        TestUser Student,
        TestUser Tutor,
        TestUser Supervisor,
        TestUser Coordinator);

    /// <summary>An active placement with one objective and its formal reviews scheduled, and everyone on it.</summary>
    private static async Task<People> PlacementWithPeopleAsync(TestApp app)
    {
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var studentUser = await app.CreateUserAsync(Roles.Student);
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        var coordinator = await app.CreateUserAsync(Roles.PlacementCoordinator);
        var placement = await app.CreatePlacementAsync(
            await app.CreateStudentAsync(studentUser.Id, tutor.Id),
            supervisor.Id);
        var input = new ObjectiveInput(ObjectiveCategory.Objective, ObjectiveKind.TechnicalSkill, ObjectiveText,
            null, null, null, null);
        var reviewId = await app.WithServicesAsync(async services =>
        {
            var plans = services.GetRequiredService<PlanService>();
            await plans.AddAsync(placement.Id, input,
                new RevisionRequest(Actor.System, RevisionReason.WorkplaceChange));
            await services.GetRequiredService<ReviewScheduler>().ScheduleFormalReviewsAsync(placement, Actor.System);
            var db = services.GetRequiredService<PlacementDbContext>();
            await db.SaveChangesAsync();
            return await db.Reviews.Where(r => r.PlacementId == placement.Id && r.Kind == ReviewKind.Start)
                .Select(r => r.Id).SingleAsync();
        });
        return new People(placement, reviewId, studentUser, tutor, supervisor, coordinator);
    }

    private static Task<Review> ReviewAsync(TestApp app, People people) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>().Reviews
            .AsNoTracking()
            .Include(r => r.Ratings)
            .Include(r => r.ObjectiveUpdates)
            .Include(r => r.Confirmations)
            .SingleAsync(r => r.Id == people.ReviewId));

    private static Task<int> InformalCountAsync(TestApp app, Placement placement) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>().Reviews
            .CountAsync(r => r.PlacementId == placement.Id && r.Kind == ReviewKind.Informal));
}

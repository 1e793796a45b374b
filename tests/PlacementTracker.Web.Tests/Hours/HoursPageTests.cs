using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Timesheets;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Hours;

public class HoursPageTests
{
    private const string Week = "2026-09-28";

    public static TheoryData<DatabaseProvider> Databases => TestDatabases.All;

    public static TheoryData<DatabaseProvider, string> DatabasesAndOutsiders()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var database in TestDatabases.Providers)
        {
            foreach (var person in new[] { "other tutor", "other supervisor", "other student" })
            {
                data.Add(database, person);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Student_LogsAndSubmitsAWeek_ThenTheSupervisorApprovesFromTheEmailedLink(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, student, supervisor) = await PlacementAsync(app);
        var client = await app.SignedInClientAsync(student);
        var week = $"/Placements/{placement.Id}/Hours/{Week}";

        var added = await client.SubmitFormAsync(week, new()
        {
            ["Entry.Date"] = "2026-09-29",
            ["Entry.Start"] = "09:00",
            ["Entry.End"] = "16:30",
            ["Entry.Kind"] = nameof(TimeEntryKind.OnSite),
        }, "#add-entry");
        var submitted = await client.SubmitFormAsync(week, new(), "#submit-week");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var email = app.LatestTo(supervisor.Email);
        Assert.Contains("7h 30m", email.TextBody, StringComparison.Ordinal);
        var link = Mailbox.LinkIn(email);
        Assert.StartsWith("/Timesheets/Approve/", link, StringComparison.Ordinal);

        var anonymous = app.CreateBrowserlessClient();
        var approved = await anonymous.PostFormAsync(link, ("approve", "true"));

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains("You approved the week", (await approved.ToDocumentAsync()).QuerySelector("#done")!.TextContent,
            StringComparison.Ordinal);
        var status = (await client.GetDocumentAsync(week)).QuerySelector("#week-status")!.TextContent;
        Assert.Equal("Approved", status);
        var again = await anonymous.GetDocumentAsync(link);
        Assert.Equal("This link has already been used. Each link works only once",
            again.QuerySelector("#link-problem")!.TextContent);
        var list = await client.GetDocumentAsync($"/Placements/{placement.Id}/Hours");
        Assert.Contains("7h 30m", list.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task ApprovalLink_ReturnWithoutAComment_IsRefusedAndTheLinkStillWorks(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, student, supervisor) = await PlacementAsync(app);
        await AddEntryAsync(app, placement);
        var client = await app.SignedInClientAsync(student);
        await client.SubmitFormAsync($"/Placements/{placement.Id}/Hours/{Week}", new(), "#submit-week");
        var link = Mailbox.LinkIn(app.LatestTo(supervisor.Email));
        var anonymous = app.CreateBrowserlessClient();

        var refused = await anonymous.PostFormAsync(link, ("approve", "false"));
        var returned = await anonymous.PostFormAsync(link, ("approve", "false"), ("Comment", "Add Friday's hours"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Enter what the student needs to change"], (await refused.ToDocumentAsync()).ErrorSummary());
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var week = await client.GetDocumentAsync($"/Placements/{placement.Id}/Hours/{Week}");
        Assert.Equal("Returned", week.QuerySelector("#week-status")!.TextContent);
        Assert.Contains("Add Friday's hours", week.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Coordinator_ReopensAnApprovedWeekWithAReason_AndTheStudentCanChangeItAgain(
        DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, student, supervisor) = await PlacementAsync(app);
        await AddEntryAsync(app, placement);
        var week = $"/Placements/{placement.Id}/Hours/{Week}";
        var studentClient = await app.SignedInClientAsync(student);
        await studentClient.SubmitFormAsync(week, new(), "#submit-week");
        var supervisorClient = await app.SignedInClientAsync(supervisor);
        Assert.Equal(HttpStatusCode.Redirect,
            (await supervisorClient.SubmitFormAsync(week, new() { ["approve"] = "true" }, "#decide")).StatusCode);
        Assert.Null((await studentClient.GetDocumentAsync(week)).QuerySelector("#add-entry"));
        var coordinator = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));

        var withoutReason = await coordinator.SubmitFormAsync(week, new(), "#reopen");
        var reopened = await coordinator.SubmitFormAsync(week, new() { ["Reason"] = "Wrong day" }, "#reopen");

        Assert.Equal(["Enter why the week is being reopened"], (await withoutReason.ToDocumentAsync()).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        var page = await studentClient.GetDocumentAsync(week);
        Assert.Equal("Not submitted", page.QuerySelector("#week-status")!.TextContent);
        Assert.NotNull(page.QuerySelector("#add-entry"));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task AddEntry_WithAnUnreadableTime_ShowsTheMessageInTheErrorSummary(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, student, _) = await PlacementAsync(app);
        var client = await app.SignedInClientAsync(student);

        var response = await client.SubmitFormAsync($"/Placements/{placement.Id}/Hours/{Week}", new()
        {
            ["Entry.Date"] = "2026-09-29",
            ["Entry.Start"] = "9am",
            ["Entry.End"] = "16:30",
        }, "#add-entry");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter the start time as a 24-hour time, like 09:00"],
            (await response.ToDocumentAsync()).ErrorSummary());
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Supervisor_EntersHoursOnTheStudentsBehalf_AndIsRecordedAsTheirAuthor(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, _, supervisor) = await PlacementAsync(app);
        var client = await app.SignedInClientAsync(supervisor);

        var added = await client.SubmitFormAsync($"/Placements/{placement.Id}/Hours/{Week}", new()
        {
            ["Entry.Date"] = "2026-09-30",
            ["Entry.Hours"] = "7.5",
            ["Entry.Kind"] = nameof(TimeEntryKind.Remote),
        }, "#add-entry");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var entry = await app.WithServicesAsync(services =>
            services.GetRequiredService<PlacementDbContext>().TimeEntries
                .SingleAsync(e => e.PlacementId == placement.Id));
        Assert.Equal(450, entry.Minutes);
        Assert.Equal(supervisor.Id, entry.RecordedByUserId);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Tutor_ReadsTheWeek_ButHasNoFormsToChangeIt(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        var placement = await app.CreatePlacementAsync(await app.CreateStudentAsync(tutorUserId: tutor.Id), null);
        var client = await app.SignedInClientAsync(tutor);

        var page = await client.GetDocumentAsync($"/Placements/{placement.Id}/Hours/{Week}");
        var post = await client.PostDirectAsync($"/Placements/{placement.Id}/Hours/{Week}?handler=Add",
            ("Entry.Date", "2026-09-29"), ("Entry.Hours", "7"));

        Assert.Null(page.QuerySelector("main form[method=post]"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Theory]
    [MemberData(nameof(DatabasesAndOutsiders))]
    public async Task EveryHoursPage_ForAnOutsider_IsNotFound(DatabaseProvider database, string outsider)
    {
        var app = TestApp.For(database);
        var (placement, _, _) = await PlacementAsync(app);
        var user = outsider switch
        {
            "other tutor" => await app.CreateUserAsync(Roles.Tutor),
            "other supervisor" => await app.CreateUserAsync(Roles.EmployerSupervisor),
            _ => await app.CreateUserAsync(Roles.Student),
        };
        var theirs = await app.CreatePlacementAsync(await app.CreateStudentAsync(
            userId: outsider == "other student" ? user.Id : null,
            tutorUserId: outsider == "other tutor" ? user.Id : null), outsider == "other supervisor" ? user.Id : null);
        var entryId = await AddEntryAsync(app, placement);
        var client = await app.SignedInClientAsync(user);

        foreach (var path in new[] { "Hours", $"Hours/{Week}", $"Hours/Entry/{entryId}" })
        {
            var response = await client.GetAsync($"/Placements/{placement.Id}/{path}");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {response.StatusCode}");
        }

        var post = await client.PostDirectAsync($"/Placements/{placement.Id}/Hours/{Week}?handler=Add",
            ("Entry.Date", "2026-09-29"), ("Entry.Hours", "7"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Placements/{theirs.Id}/Hours")).StatusCode);
    }

    private static async Task<(Placement, TestUser Student, TestUser Supervisor)> PlacementAsync(TestApp app)
    {
        var student = await app.CreateUserAsync(Roles.Student);
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var placement = await app.CreatePlacementAsync(await app.CreateStudentAsync(userId: student.Id), supervisor.Id);
        return (placement, student, supervisor);
    }

    private static Task<Guid> AddEntryAsync(TestApp app, Placement placement) =>
        app.WithServicesAsync(async services =>
        {
            var entry = new TimeEntry
            {
                Id = Guid.NewGuid(),
                PlacementId = placement.Id,
                Date = new DateOnly(2026, 9, 29),
                WeekStart = new DateOnly(2026, 9, 28),
                Minutes = 420,
                RecordedByName = "Test",
            };
            var db = services.GetRequiredService<PlacementDbContext>();
            db.TimeEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Outcomes;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Results;

public class WillNotCompletePageTests
{
    public static TheoryData<DatabaseProvider, string> NonEditors()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var database in TestDatabases.Providers)
        {
            foreach (var role in new[] { Roles.Tutor, Roles.EmployerSupervisor, Roles.Student, Roles.PastoralSupport })
            {
                data.Add(database, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Coordinator_RecordsThenWithdrawsWillNotComplete_AndBothAreAudited(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var student = await app.CreateLearnerAsync(ResultsTestData.UniqueCohort());
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var path = $"/Students/{student.Id}/WillNotComplete";

        var recorded = await client.SubmitFormAsync(path, new() { ["Reason"] = "Left the course in March" });
        var afterRecording = await client.GetDocumentAsync($"/Students/{student.Id}");
        var withdrawn = await client.SubmitFormAsync(path, [], "form#withdraw");
        var afterWithdrawing = await client.GetDocumentAsync($"/Students/{student.Id}");

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.StartsWith("Will not complete", afterRecording.QuerySelector("#outcome")!.TextContent.Trim(),
            StringComparison.Ordinal);
        Assert.Contains("Left the course in March", afterRecording.QuerySelector("#outcome")!.TextContent,
            StringComparison.Ordinal);
        Assert.Equal("Still to be completed", afterWithdrawing.QuerySelector("#outcome")!.TextContent.Trim());
        Assert.Null((await app.IndustryPlacementAsync(student.Id)).WillNotCompleteReason);
        Assert.Equal(
            [OutcomeService.WillNotCompleteRecorded, OutcomeService.WillNotCompleteWithdrawn],
            await AuditActionsAsync(app, student.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Record_WithoutAReason_AsksForOne(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var student = await app.CreateLearnerAsync(ResultsTestData.UniqueCohort());
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));

        var response = await client.SubmitFormAsync(
            $"/Students/{student.Id}/WillNotComplete",
            new() { ["Reason"] = " " });

        Assert.Equal(
            ["Enter why the student will not complete their placement"],
            (await response.ToDocumentAsync()).ErrorSummary());
        Assert.Null((await app.IndustryPlacementAsync(student.Id)).WillNotCompleteReason);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task WhileTheRecordIsLocked_NothingChanges(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var student = await app.CreateLearnerAsync(ResultsTestData.UniqueCohort(), ip =>
            ip.RecordLockedAtUtc = new DateTime(2027, 6, 30, 12, 0, 0, DateTimeKind.Utc));
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var path = $"/Students/{student.Id}/WillNotComplete";

        var page = await client.GetDocumentAsync(path);
        var post = await client.PostDirectAsync(path, ("Reason", "Left"), ("Version", "0"));

        Assert.Equal(RecordLock.LockedMessage, page.QuerySelector("#locked")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("main form[method=post]"));
        Assert.Contains(RecordLock.LockedMessage, (await post.ToDocumentAsync()).ErrorSummary());
        Assert.Null((await app.IndustryPlacementAsync(student.Id)).WillNotCompleteReason);
    }

    [Theory]
    [MemberData(nameof(NonEditors))]
    public async Task NonEditors_GetNotFound_EvenForTheirOwnStudent(DatabaseProvider database, string role)
    {
        var app = TestApp.For(database);
        var user = await app.CreateUserAsync(role);
        var student = await app.CreateStudentAsync(
            userId: role == Roles.Student ? user.Id : null,
            tutorUserId: role == Roles.Tutor ? user.Id : null);
        await app.CreatePlacementAsync(student, role == Roles.EmployerSupervisor ? user.Id : null);
        var client = await app.SignedInClientAsync(user);
        var path = $"/Students/{student.Id}/WillNotComplete";

        var get = await client.GetAsync(path);
        var post = await client.PostDirectAsync(path, ("Reason", "Sneaky"), ("Version", "0"));
        var withdraw = await client.PostDirectAsync(path + "?handler=Withdraw", ("Version", "0"));
        var detail = await client.GetDocumentAsync($"/Students/{student.Id}");

        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            [get.StatusCode, post.StatusCode, withdraw.StatusCode]);
        Assert.Null(detail.QuerySelector("#will-not-complete"));
        Assert.Null((await app.IndustryPlacementAsync(student.Id)).WillNotCompleteReason);
    }

    [Theory]
    [MemberData(nameof(Outsiders.OnEveryDatabase), MemberType = typeof(Outsiders))]
    public async Task Outsiders_GetNotFound(DatabaseProvider database, string who)
    {
        var app = TestApp.For(database);
        var student = await app.CreateLearnerAsync(ResultsTestData.UniqueCohort());
        var client = await app.SignedInClientAsync(await app.CreateOutsiderAsync(who));

        Assert.Equal(HttpStatusCode.NotFound,
            (await client.GetAsync($"/Students/{student.Id}/WillNotComplete")).StatusCode);
    }

    private static Task<List<string>> AuditActionsAsync(TestApp app, Guid industryPlacementId) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>().AuditEvents
            .Where(a => a.EntityId == industryPlacementId.ToString())
            .OrderBy(a => a.Id)
            .Select(a => a.Action)
            .ToListAsync());
}

using System.Globalization;
using System.Net;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Feedback;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Caseload;

/// <summary>
/// "Concerns from the employer" on the caseload comes from what the employer records through the product: a
/// feedback note marked as a concern by the placement's supervisor, who works for the employer. Praise does not
/// count, and neither does a concern the tutor writes.
/// </summary>
public sealed class EmployerConcernTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task AConcernTheSupervisorRecordsOnTheFeedbackPage_ShowsOnTheCaseload(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, supervisor, _) = await PlacementWithPeopleAsync(app);
        var coordinator = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        Assert.Null(await ConcernReasonAsync(coordinator, placement));

        await AddNoteAsync(await app.SignedInClientAsync(supervisor), placement, FeedbackTone.Concern,
            "Left early twice this week without telling anyone");

        var reason = await ConcernReasonAsync(coordinator, placement);
        Assert.NotNull(reason);
        Assert.StartsWith("The employer raised 1 concern in the last 28 days", reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task PraiseFromTheSupervisor_AndATutorsConcern_DoNotCount(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var (placement, supervisor, tutor) = await PlacementWithPeopleAsync(app);

        await AddNoteAsync(await app.SignedInClientAsync(supervisor), placement, FeedbackTone.Praise,
            "Handled a difficult customer well");
        await AddNoteAsync(await app.SignedInClientAsync(tutor), placement, FeedbackTone.Concern,
            "Seemed unhappy at the last visit");

        var coordinator = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        Assert.Null(await ConcernReasonAsync(coordinator, placement));
    }

    private static async Task AddNoteAsync(HttpClient client, Placement placement, FeedbackTone tone, string text)
    {
        var response = await client.SubmitFormAsync($"/Placements/{placement.Id}/Feedback", new()
        {
            ["Input.Date"] = "2026-10-02",
            ["Input.Area"] = nameof(FeedbackArea.Behaviour),
            ["Input.Tone"] = tone.ToString(),
            ["Input.Text"] = text,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The sentence of the placement's employer-concern reason on the coordinator's caseload.</summary>
    private static async Task<string?> ConcernReasonAsync(HttpClient coordinator, Placement placement)
    {
        var page = await coordinator.GetDocumentAsync(string.Create(CultureInfo.InvariantCulture,
            $"/Caseload?Employer={placement.EmployerId}"));
        var row = page.QuerySelector($"tr[data-placement='{placement.Id}']");
        Assert.NotNull(row);
        return row.QuerySelector("li[data-reason='EmployerConcerns']")?.TextContent.Split(": ", 2)[1].Trim();
    }

    /// <summary>A placement whose supervisor is linked to its employer, as setting up a placement requires.</summary>
    private static async Task<(Placement, TestUser Supervisor, TestUser Tutor)> PlacementWithPeopleAsync(
        TestApp app)
    {
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        var student = await app.CreateStudentAsync(tutorUserId: tutor.Id);
        var placement = await app.CreatePlacementAsync(student, supervisor.Id);
        await app.SaveAsync(new EmployerSupervisor { EmployerId = placement.EmployerId, UserId = supervisor.Id });
        return (placement, supervisor, tutor);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Placements;

public class PlacementPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task SetUp_FromASuggestion_ThroughThePages(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var student = await app.CreateStudentAsync(familyName: TestData.UniqueFamilyName());
        var employer = await app.CreateEmployerAsync(supervisorUserId: supervisor.Id);
        var opportunity = await app.CreateOpportunityAsync(employer, roleTitle: "Data apprentice");

        var detail = await client.GetDocumentAsync($"/Students/{student.Id}");
        var matches = await client.GetDocumentAsync(detail.QuerySelector("#find-placement")!.GetAttribute("href")!);
        var setUpLink = matches.QuerySelector($"#suggestions a[href*='opportunityId={opportunity.Id}']");
        Assert.NotNull(setUpLink);
        var response = await client.PostFormAsync(setUpLink.GetAttribute("href")!.Replace("&amp;", "&"),
            ("Input.SupervisorUserId", supervisor.Id),
            ("Input.PlannedStart", "2026-11-02"),
            ("Input.PlannedEnd", "2027-02-26"),
            ("Input.WorkingDays", "Monday"),
            ("Input.WorkingDays", "Tuesday"),
            ("Input.PlannedHours", "315"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var placement = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Planned", placement.QuerySelector("#status")!.TextContent);
        Assert.Contains("Data apprentice", placement.QuerySelector("#terms")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Monday, Tuesday", placement.QuerySelector("#terms")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Placement set up", placement.QuerySelector("#history")!.TextContent, StringComparison.Ordinal);
        var stored = await FindAsync(app, student.Id);
        Assert.Equal((opportunity.Id, supervisor.Id), (stored.OpportunityId, stored.SupervisorUserId));
        var studentPage = await client.GetDocumentAsync($"/Students/{student.Id}");
        Assert.NotNull(studentPage.QuerySelector($"main a[href='/Placements/{stored.Id}']"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task SetUp_WithMissingTerms_ShowsTheErrorsAndSavesNothing(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var student = await app.CreateStudentAsync();
        var employer = await app.CreateEmployerAsync();

        var response = await client.PostFormAsync($"/Placements/New?studentId={student.Id}&employerId={employer.Id}",
            ("Input.RoleTitle", "Tester"),
            ("Input.PlannedStart", "2026-11-02"),
            ("Input.PlannedEnd", "2026-10-02"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ToDocumentAsync()).ErrorSummary();
        Assert.Contains("The planned end date must be after the planned start date", errors);
        Assert.Contains("Select at least one working day", errors);
        Assert.Contains("Enter the planned hours as a whole number from 1 to 9999", errors);
        Assert.Null(await FindOrNullAsync(app, student.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task ChangeStatus_WithAReason_ShowsInTheHistory(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var placement = await app.CreatePlacementAsync(await app.CreateStudentAsync(), null);

        var response = await client.PostFormAsync($"/Placements/{placement.Id}/Status",
            ("To", "OnHold"),
            ("Reason", "Student unwell for two weeks"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync($"/Placements/{placement.Id}");
        Assert.Equal("On hold", page.QuerySelector("#status")!.TextContent);
        var rows = page.QuerySelectorAll("#history tbody tr");
        var row = rows[rows.Length - 1].TextContent;
        Assert.Contains("Test PlacementCoordinator", row, StringComparison.Ordinal);
        Assert.Contains("Active", row, StringComparison.Ordinal);
        Assert.Contains("On hold", row, StringComparison.Ordinal);
        Assert.Contains("Student unwell for two weeks", row, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task ChangeStatus_ToAStatusTheFlowDoesNotAllow_ShowsWhyAndSavesNothing(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var placement = await app.CreatePlacementAsync(await app.CreateStudentAsync(), null);

        var response = await client.PostFormAsync($"/Placements/{placement.Id}/Status",
            ("To", "Planned"),
            ("Reason", "Start again"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["A placement that is active cannot become planned. It can become on hold or completed or withdrawn"],
            (await response.ToDocumentAsync()).ErrorSummary());
        var stored = await FindAsync(app, placement.StudentId);
        Assert.Equal((PlacementStatus.Active, 0u, 0), (stored.Status, stored.Version, stored.StatusChanges.Count));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task ChangeStatus_ToActiveWithoutASignedAgreement_IsRefused(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var placement = await app.CreatePlacementAsync(await app.CreateStudentAsync(), null);
        await client.PostFormAsync($"/Placements/{placement.Id}/Status", ("To", "OnHold"), ("Reason", "Pause"));

        var response = await client.PostFormAsync($"/Placements/{placement.Id}/Status",
            ("To", "Active"),
            ("Reason", "Back"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([PlacementStatusFlow.AgreementNotSigned], (await response.ToDocumentAsync()).ErrorSummary());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task RequiredHours_NeedAReason_AndTheReasonIsShown(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var student = await app.CreateStudentAsync();

        var refused = await client.PostFormAsync($"/Students/{student.Id}/RequiredHours", ("RequiredHours", "280"));
        var saved = await client.PostFormAsync($"/Students/{student.Id}/RequiredHours",
            ("RequiredHours", "280"),
            ("Reason", "Agreed special arrangement"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Enter why the required hours are changing"], (await refused.ToDocumentAsync()).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await client.GetDocumentAsync($"/Students/{student.Id}");
        var hours = page.QuerySelector("#required-hours")!.TextContent;
        Assert.Contains("280", hours, StringComparison.Ordinal);
        Assert.Contains("Agreed special arrangement", hours, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task EditTerms_FromAStaleCopy_IsRefusedWithAMessage(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var placement = await app.CreatePlacementAsync(await app.CreateStudentAsync(), null);
        var fields = new (string, string)[]
        {
            ("Input.RoleTitle", "Changed"),
            ("Input.WorkingDays", "Friday"),
            ("Input.Version", "0"),
        };
        Assert.Equal(HttpStatusCode.Redirect,
            (await client.PostFormAsync($"/Placements/{placement.Id}/Edit", fields)).StatusCode);

        var stale = await client.PostFormAsync($"/Placements/{placement.Id}/Edit",
            ("Input.RoleTitle", "Overwrite"), ("Input.WorkingDays", "Friday"), ("Input.Version", "0"));

        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.StartsWith("Someone else changed this placement", (await stale.ToDocumentAsync()).ErrorSummary()[0],
            StringComparison.Ordinal);
        Assert.Equal("Changed", (await FindAsync(app, placement.StudentId)).RoleTitle);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task OpportunityMatches_RankStudentsWithoutRevealingSendDetails(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var employer = await app.CreateEmployerAsync();
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PlacementDbContext>();
            var stored = await db.Employers.SingleAsync(e => e.Id == employer.Id);
            stored.SupportNotes = "Quiet room and flexible breaks";
            await db.SaveChangesAsync();
        });
        var opportunity = await app.CreateOpportunityAsync(employer);
        var student = await app.CreateStudentAsync(familyName: TestData.UniqueFamilyName());
        await app.SaveAsync(new ReasonableAdjustment
        {
            Id = Guid.NewGuid(),
            StudentId = student.Id,
            Description = "Secret adjustment text",
        });

        var page = await client.GetDocumentAsync($"/Opportunities/{opportunity.Id}/Matches");

        var entry = page.QuerySelectorAll("#suggestions li")
            .First(li => li.TextContent.Contains(student.FamilyName, StringComparison.Ordinal));
        Assert.Contains("Employer has noted how it supports adjustments", entry.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret adjustment text", page.Body!.TextContent, StringComparison.Ordinal);
    }

    internal static async Task<Placement> FindAsync(TestApp app, Guid studentId) =>
        await FindOrNullAsync(app, studentId) ?? throw new InvalidOperationException("No placement");

    private static Task<Placement?> FindOrNullAsync(TestApp app, Guid studentId) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>().Placements
            .AsNoTracking()
            .Include(p => p.StatusChanges)
            .SingleOrDefaultAsync(p => p.StudentId == studentId));
}

using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Opportunities;

public class OpportunityTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Supervisor_SeesTheirEmployersOpportunitiesOnly(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var mine = await app.CreateOpportunityAsync(await app.CreateEmployerAsync(supervisorUserId: supervisor.Id));
        var other = await app.CreateOpportunityAsync(await app.CreateEmployerAsync());
        var client = await app.SignedInClientAsync(supervisor);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Opportunities/{mine.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Opportunities/{other.Id}")).StatusCode);
        var list = await client.GetDocumentAsync("/Opportunities");
        Assert.Contains("1 opportunities", list.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Tutor_SeesAnyOpportunityReadOnly(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var opportunity = await app.CreateOpportunityAsync(await app.CreateEmployerAsync());
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Tutor));

        var page = await client.GetDocumentAsync($"/Opportunities/{opportunity.Id}");

        Assert.DoesNotContain("Change this opportunity", page.QuerySelector("main")!.TextContent,
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task AddOpportunity_IsSavedWithSpecialismsAndDaysAndAudited(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var employer = await app.CreateEmployerAsync();
        var client = await CoordinatorAsync(app);
        var title = $"Apprentice tester {Guid.NewGuid():N}";

        var response = await client.PostFormAsync($"/Opportunities/Edit?employerId={employer.Id}",
            ("Input.RoleTitle", title),
            ("Input.Specialisms", "ZTLOS005"),
            ("Input.WorkingDays", "Monday"),
            ("Input.WorkingDays", "Friday"),
            ("Input.DeliveryModel", "DayRelease"),
            ("Input.Places", "3"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await Db(app, db => db.Opportunities
            .Include(o => o.Specialisms)
            .SingleAsync(o => o.RoleTitle == title));
        Assert.Equal(WorkingDays.Monday | WorkingDays.Friday, saved.WorkingDays);
        Assert.Equal(["ZTLOS005"], saved.Specialisms.Select(s => s.SpecialismCode));
        Assert.Equal(3, saved.Places);
        Assert.True(await Db(app, db => db.AuditEvents.AnyAsync(a =>
            a.Action == AuditActions.OpportunityAdded && a.EntityId == saved.Id.ToString())));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task EditOpportunity_WithBadInput_ChangesNothing(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var opportunity = await app.CreateOpportunityAsync(await app.CreateEmployerAsync());
        var client = await CoordinatorAsync(app);

        var response = await client.SubmitFormAsync($"/Opportunities/Edit/{opportunity.Id}", new()
        {
            ["Input.RoleTitle"] = "",
            ["Input.Places"] = "0",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter the role title", "Number of places must be a whole number from 1 to 100"],
            (await response.ToDocumentAsync()).ErrorSummary().Order());
        var stored = await Db(app, db => db.Opportunities.SingleAsync(o => o.Id == opportunity.Id));
        Assert.Equal((opportunity.RoleTitle, 2, 0u), (stored.RoleTitle, stored.Places, stored.Version));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task EditOpportunity_FromAStaleForm_IsAConflict(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var opportunity = await app.CreateOpportunityAsync(await app.CreateEmployerAsync());
        var first = await CoordinatorAsync(app);
        var second = await CoordinatorAsync(app);
        var path = $"/Opportunities/Edit/{opportunity.Id}";
        var stale = (await second.GetDocumentAsync(path))
            .QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        await first.SubmitFormAsync(path, new() { ["Input.Status"] = "Filled" });

        var response = await second.SubmitFormAsync(path, new()
        {
            ["Input.Status"] = "Closed",
            ["Input.Version"] = stale,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            "Someone else changed this opportunity",
            (await response.ToDocumentAsync()).ErrorSummary().Single(),
            StringComparison.Ordinal);
        Assert.Equal(OpportunityStatus.Filled,
            (await Db(app, db => db.Opportunities.SingleAsync(o => o.Id == opportunity.Id))).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task CsvExport_FollowsStatusAndSpecialismFilters(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var employer = await app.CreateEmployerAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        await app.CreateOpportunityAsync(employer, $"=open {tag}", specialismCode: "ZTLOS006");
        await app.CreateOpportunityAsync(employer, $"filled {tag}", OpportunityStatus.Filled, "ZTLOS006");
        var client = await CoordinatorAsync(app);

        var bytes = await client.GetByteArrayAsync("/Opportunities?Status=Open&Specialism=ZTLOS006&handler=Csv");

        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Contains($"'=open {tag}", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"filled {tag}", text, StringComparison.Ordinal);
    }

    private static async Task<HttpClient> CoordinatorAsync(TestApp app) =>
        await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));

    private static Task<T> Db<T>(TestApp app, Func<PlacementDbContext, Task<T>> query) =>
        app.WithServicesAsync(services => query(services.GetRequiredService<PlacementDbContext>()));
}

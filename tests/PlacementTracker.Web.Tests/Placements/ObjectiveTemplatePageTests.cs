using System.Net;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Placements;

public class ObjectiveTemplatePageTests
{
    public static TheoryData<DatabaseProvider, string> DatabasesAndNonEditors() =>
        PlanPageTests.DatabasesAnd(Roles.Tutor, Roles.SubjectLead, Roles.PastoralSupport, Roles.EmployerSupervisor,
            Roles.Student);

    public static TheoryData<DatabaseProvider> Databases => TestDatabases.All;

    [Theory]
    [MemberData(nameof(DatabasesAndNonEditors))]
    public async Task NonEditors_GetNotFound(DatabaseProvider database, string role)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));

        foreach (var path in new[] { "/ObjectiveTemplates", "/ObjectiveTemplates/Edit" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Coordinator_SeesTheStarterSet_AndAddsAnItem(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var list = await client.GetDocumentAsync("/ObjectiveTemplates");
        var link = list.QuerySelectorAll("main a[href^='/ObjectiveTemplates/']")
            .Select(a => a.GetAttribute("href")!)
            .First(h => !h.EndsWith("/Edit", StringComparison.Ordinal));
        var detail = await client.GetDocumentAsync(link);
        var addItem = detail.QuerySelector("a[href*='/Item']")!.GetAttribute("href")!;

        var response = await client.SubmitFormAsync(addItem, new()
        {
            ["Input.Description"] = "Shadow the on-call engineer",
            ["Input.TargetWeeksAfterStart"] = "5",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync(link);
        Assert.Contains(
            "Shadow the on-call engineer",
            after.QuerySelector("main")!.TextContent,
            StringComparison.Ordinal);
    }
}

using System.Net;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Timesheets;
using PlacementTracker.Web.Tests.Progress;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Admin;

/// <summary>Closure days apply to every placement, so each test has a database of its own.</summary>
public class ClosureDaysPageTests
{
    private const string Path = "/Admin/ClosureDays";

    public static TheoryData<DatabaseProvider> Databases => TestDatabases.All;

    public static TheoryData<DatabaseProvider, string> DatabasesAndOtherRoles() =>
        AdminPagesTests.DatabasesAndOtherRoles();

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Administrator_AddsAClosureDay_AndTheHoursExpectedByTodayFall(DatabaseProvider database)
    {
        await using var app = TestApp.StartNew(database);
        var (placement, people) = await ProgressPageTests.PlacementAsync(app);
        var student = await app.SignedInClientAsync(people.Student);
        var progress = $"/Placements/{placement.Id}/Progress";
        var before = ProgressPageTests.Row(await student.GetDocumentAsync(progress), "#industry-progress",
            "Expected by today");
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));

        var added = await admin.SubmitFormAsync(Path, new()
        {
            ["Input.Date"] = "2026-09-15",
            ["Input.Description"] = "Staff training day",
        }, "#add-closure-day");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = (await admin.GetDocumentAsync(Path)).QuerySelector("#closure-days tbody")!.TextContent;
        Assert.Contains(TimeRules.Words(new DateOnly(2026, 9, 15)), list, StringComparison.Ordinal);
        Assert.Contains("Staff training day", list, StringComparison.Ordinal);
        Assert.Equal("64h 51m", before);
        Assert.Equal("62h 22m", ProgressPageTests.Row(await student.GetDocumentAsync(progress),
            "#industry-progress", "Expected by today"));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Administrator_AddingTheSameDayTwiceOrNoDescription_IsToldWhatToFix(DatabaseProvider database)
    {
        await using var app = TestApp.StartNew(database);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        await admin.SubmitFormAsync(Path, new()
        {
            ["Input.Date"] = "2026-10-23",
            ["Input.Description"] = "Staff training day",
        }, "#add-closure-day");

        var twice = await admin.SubmitFormAsync(Path, new()
        {
            ["Input.Date"] = "2026-10-23",
            ["Input.Description"] = "Again",
        }, "#add-closure-day");
        var unnamed = await admin.SubmitFormAsync(Path, new() { ["Input.Date"] = "2026-10-30" }, "#add-closure-day");

        Assert.Equal(["23 October 2026 is already a closure day"], (await twice.ToDocumentAsync()).ErrorSummary());
        Assert.Equal(["Enter what the closure is, for example \"Staff training day\""],
            (await unnamed.ToDocumentAsync()).ErrorSummary());
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Administrator_RemovesADay_AndRemovingAnUnknownDayIsNotFound(DatabaseProvider database)
    {
        await using var app = TestApp.StartNew(database);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        await admin.SubmitFormAsync(Path, new()
        {
            ["Input.Date"] = "2026-10-23",
            ["Input.Description"] = "Staff training day",
        }, "#add-closure-day");

        var removed = await admin.SubmitFormAsync(Path, new(), "#closure-days form");
        var unknown = await admin.PostDirectAsync($"{Path}?handler=Remove&dayId={Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal("There are no closure days.",
            (await admin.GetDocumentAsync(Path)).QuerySelector("#closure-days")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [MemberData(nameof(DatabasesAndOtherRoles))]
    public async Task OtherRoles_CannotOpenOrChangeClosureDays(DatabaseProvider database, string role)
    {
        await using var app = TestApp.StartNew(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));

        var page = await client.GetAsync(Path);
        var post = await client.PostDirectAsync(Path, ("Input.Date", "2026-10-23"), ("Input.Description", "Sneaky"));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(page.Headers.Location)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        Assert.Equal("There are no closure days.",
            (await admin.GetDocumentAsync(Path)).QuerySelector("#closure-days")!.TextContent);
    }
}

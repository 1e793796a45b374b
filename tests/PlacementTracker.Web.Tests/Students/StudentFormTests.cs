using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Students;

public class StudentFormTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Coordinator_AddsStudent_WithAccentedNamesAndNormalisedPostcode(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var uln = TestData.NextUln();

        var response = await client.PostFieldsAsync("/Students/Add", NewStudentFields(uln, "Agnès", "Siân-Zoë",
            ("Input.TutorUserId", tutor.Id), ("Input.Postcode", "ls1 4ap"), ("Input.Availability", "Monday"),
            ("Input.Availability", "Friday"), ("Input.TravelModes", "Bus"), ("Input.TravelMaxMinutes", "45")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var student = await FindByUlnAsync(app, uln);
        Assert.Equal(("Agnès", "Siân-Zoë", "LS1 4AP"), (student.GivenName, student.FamilyName, student.Postcode));
        Assert.Equal(WorkingDays.Monday | WorkingDays.Friday, student.Availability);
        Assert.Equal(TravelModes.Bus, student.TravelModes);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Agnès Siân-Zoë", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Agnès Siân-Zoë added.", page.QuerySelector(".govuk-notification-banner")!.TextContent,
            StringComparison.Ordinal);
        Assert.Contains("Up to 45 minutes, by bus", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var audit = await LatestAuditAsync(app, student.Id);
        Assert.Equal(AuditActions.StudentAdded, audit.Action);
        Assert.Contains("Agnès", audit.After!, StringComparison.Ordinal);
    }

    public static TheoryData<DatabaseProvider, string, string> DatabasesAndBadUlns()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var database in TestDatabases.Providers)
        {
            data.Add(database, "1000000063", "ULN 1000000063 fails its check digit");
            data.Add(database, "123", "Enter a ULN of 10 digits that does not start with 0");
            data.Add(database, "", "Enter the student's ULN");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DatabasesAndBadUlns))]
    public async Task Add_WithBadUln_IsRefusedWithClearMessageAndSavesNothing(
        DatabaseProvider database,
        string uln,
        string message)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var family = TestData.UniqueFamilyName();

        var response = await client.PostFieldsAsync("/Students/Add", NewStudentFields(uln, "Agnès", family));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains(message, page.ErrorSummary());
        Assert.Equal("#Input_Uln", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal("Agnès", page.QuerySelector("#Input_GivenName")!.GetAttribute("value"));
        Assert.Equal(0, await CountFamilyAsync(app, family));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Add_WithUlnOfAnotherStudent_IsRefused(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var existing = await app.CreateStudentAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var family = TestData.UniqueFamilyName();

        var response = await client.PostFieldsAsync("/Students/Add", NewStudentFields(existing.Uln, "Zoë", family));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"ULN {existing.Uln} already belongs to another student",
            (await response.ToDocumentAsync()).ErrorSummary());
        Assert.Equal(0, await CountFamilyAsync(app, family));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Add_WithSpecialismOfAnotherPathway_IsRefused(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var fields = NewStudentFields(TestData.NextUln(), "Zoë", TestData.UniqueFamilyName(),
            ("Input.SpecialismCode", "ZTLOS006"));

        var response = await client.PostFieldsAsync("/Students/Add", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Select an occupational specialism of the student's pathway",
            (await response.ToDocumentAsync()).ErrorSummary());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Edit_WithInvalidPostcode_Answers400AndChangesNothing(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var student = await app.CreateStudentAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));

        var response = await client.PostFormAsync($"/Students/{student.Id}/Edit",
            ("Input.Postcode", "NOT A POSTCODE"), ("Input.GivenName", "Changed"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter a real postcode, like LS1 4AP", (await response.ToDocumentAsync()).ErrorSummary());
        var stored = await FindByUlnAsync(app, student.Uln);
        Assert.Equal(("Zoë", 0u), (stored.GivenName, stored.Version));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Edit_FromAnOutOfDateCopy_IsRefusedAndKeepsTheOtherEdit(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var student = await app.CreateStudentAsync();
        var first = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var second = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var secondForm = await second.GetDocumentAsync($"/Students/{student.Id}/Edit");
        var staleVersion = secondForm.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;

        var saved = await first.PostFormAsync($"/Students/{student.Id}/Edit", ("Input.GivenName", "Siân"));
        var refused = await second.PostFormAsync($"/Students/{student.Id}/Edit",
            ("Input.GivenName", "Agnès"), ("Input.Version", staleVersion));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.ToDocumentAsync();
        Assert.Contains("Someone else changed this student", page.ErrorSummary()[0], StringComparison.Ordinal);
        Assert.Equal("Siân", page.QuerySelector("#Input_GivenName")!.GetAttribute("value"));
        Assert.Equal("Siân", (await FindByUlnAsync(app, student.Uln)).GivenName);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Coordinator_RecordsWorkReadinessTrainingAndLearning(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var student = await app.CreateStudentAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));

        var assessed = await client.PostFormAsync($"/Students/{student.Id}/WorkReadiness",
            ("AssessedOn", "2026-09-30"), ("Ratings[0]", "Excellent"), ("Ratings[3]", "NeedsImprovement"),
            ("Notes", "Ready for a block placement"));
        var trained = await client.PostFieldsAsync($"/Students/{student.Id}/Training",
            [new("What", "Health and safety induction"), new("CompletedOn", "2026-09-21")], "#add-form");
        var noted = await client.PostFormAsync($"/Students/{student.Id}/Learning",
            ("ProgressNotes", "On track"), ("PriorLearning", "GCSE Computer Science; Saturday job in a café"));

        Assert.All([assessed, trained, noted], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var page = (await client.GetDocumentAsync($"/Students/{student.Id}")).QuerySelector("main")!.TextContent;
        Assert.Contains("30 September 2026", page, StringComparison.Ordinal);
        Assert.Contains("Needs improvement", page, StringComparison.Ordinal);
        Assert.Contains("Health and safety induction, completed 21 September 2026", page, StringComparison.Ordinal);
        Assert.Contains("Saturday job in a café", page, StringComparison.Ordinal);
        var stored = await FindByUlnAsync(app, student.Uln);
        Assert.Equal(3u, stored.Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task WorkReadiness_InTheFuture_Answers400AndSavesNothing(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var student = await app.CreateStudentAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));

        var response = await client.PostFormAsync($"/Students/{student.Id}/WorkReadiness",
            ("AssessedOn", "2030-01-01"), ("Ratings[0]", "Good"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter the date of the assessment, today or earlier",
            (await response.ToDocumentAsync()).ErrorSummary());
        Assert.Null((await FindByUlnAsync(app, student.Uln)).WorkReadinessAssessedOn);
    }

    internal static List<KeyValuePair<string, string>> NewStudentFields(
        string uln,
        string givenName,
        string familyName,
        params (string Name, string Value)[] more)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Uln"] = uln,
            ["Input.StudentNumber"] = $"N{Random.Shared.Next(100000, 999999)}",
            ["Input.GivenName"] = givenName,
            ["Input.FamilyName"] = familyName,
            ["Input.DateOfBirth"] = "2009-05-01",
            ["Input.CoreCode"] = "60358324",
            ["Input.SpecialismCode"] = "ZTLOS005",
            ["Input.Cohort"] = "2026 to 2028",
            ["Input.ExpectedEndDate"] = "2028-07-31",
        };
        var list = fields.Where(f => more.All(m => m.Name != f.Key)).ToList();
        list.AddRange(more.Select(m => new KeyValuePair<string, string>(m.Name, m.Value)));
        return list;
    }

    internal static Task<Student> FindByUlnAsync(TestApp app, string uln) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .Students.AsNoTracking().SingleAsync(s => s.Uln == uln));

    internal static Task<AuditEvent> LatestAuditAsync(TestApp app, Guid studentId) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .AuditEvents.AsNoTracking()
            .Where(a => a.EntityId == studentId.ToString())
            .OrderByDescending(a => a.Id)
            .FirstAsync());

    private static Task<int> CountFamilyAsync(TestApp app, string family) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .Students.CountAsync(s => s.FamilyName == family));
}

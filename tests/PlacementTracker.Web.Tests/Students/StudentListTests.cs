using System.Net;
using System.Text;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Students;

public class StudentListTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Search_FindsByNameUlnAndStudentNumber(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var family = TestData.UniqueFamilyName();
        var siân = await app.CreateStudentAsync(givenName: "Siân", familyName: family);
        await app.CreateStudentAsync(givenName: "Agnès", familyName: family);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));

        Assert.Equal(2, (await RowsAsync(client, $"/Students?q={family.ToLowerInvariant()}")).Count);
        Assert.Equal(["Siân " + family], await RowsAsync(client, $"/Students?q=Si%C3%A2n%20{family}"));
        Assert.Equal(["Siân " + family], await RowsAsync(client, $"/Students?q={siân.Uln}"));
        Assert.Equal(["Siân " + family], await RowsAsync(client, $"/Students?q={siân.StudentNumber}"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Filters_ByPathwayTutorAndPlacementStatus(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var family = TestData.UniqueFamilyName();
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        await app.CreateStudentAsync(givenName: "Digital", familyName: family, tutorUserId: tutor.Id);
        await app.CreateStudentAsync(givenName: "Early", familyName: family, coreCode: "60358294",
            specialismCode: "ZTLOS006");
        var placed = await app.CreateStudentAsync(givenName: "Placed", familyName: family);
        await app.CreatePlacementAsync(placed, supervisorUserId: null);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var search = $"/Students?q={family}";

        Assert.Equal([$"Early {family}"], await RowsAsync(client, $"{search}&Pathway=60358294"));
        Assert.Equal([$"Digital {family}"], await RowsAsync(client, $"{search}&Tutor={tutor.Id}"));
        Assert.Equal([$"Placed {family}"], await RowsAsync(client, $"{search}&Status={PlacementStatus.Active}"));
        Assert.Equal([$"Digital {family}", $"Early {family}"], await RowsAsync(client, $"{search}&Status=none"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task List_PagesThroughManyStudents(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var family = TestData.UniqueFamilyName();
        for (var i = 0; i < 27; i++)
        {
            await app.CreateStudentAsync(familyName: family, givenName: $"Student{i:00}");
        }

        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));

        var second = await client.GetDocumentAsync($"/Students?q={family}&pageNumber=2");

        Assert.Equal(2, second.QuerySelectorAll("main tbody tr").Length);
        Assert.Contains("27 students, page 2 of 2", second.QuerySelector("caption")!.TextContent,
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Csv_OfTheFilteredList_OpensCleanlyAndHoldsNoSendData(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var family = TestData.UniqueFamilyName();
        var formula = await app.CreateStudentAsync(givenName: "=cmd|' /C calc'!A0", familyName: family);
        await app.CreateStudentAsync(givenName: "Zoë", familyName: family, coreCode: "60358294",
            specialismCode: "ZTLOS006");
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        await client.PostFieldsAsync($"/Students/{formula.Id}/Send", [new("SendNeeds", "Secret need")],
            "#needs-form");
        var list = await client.GetDocumentAsync($"/Students?q={family}&Pathway=60358324");
        var link = list.QuerySelector("a[download]")!.GetAttribute("href")!;

        var response = await client.GetAsync(link);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = text[1..].Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ULN,Student number,Given name,Family name,Date of birth", lines[0],
            StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains("'=cmd", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Secret need", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SEND", text, StringComparison.Ordinal);
        Assert.DoesNotContain("djust", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Csv_RespectsAccess_TutorGetsOnlyTuteesAndSupervisorFewerColumns(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var family = TestData.UniqueFamilyName();
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var tutee = await app.CreateStudentAsync(givenName: "Agnès", familyName: family, tutorUserId: tutor.Id);
        await app.CreatePlacementAsync(tutee, supervisor.Id);
        await app.CreateStudentAsync(givenName: "Other", familyName: family);

        var tutorCsv = await CsvAsync(await app.SignedInClientAsync(tutor), family);
        var supervisorCsv = await CsvAsync(await app.SignedInClientAsync(supervisor), family);

        Assert.Equal(2, tutorCsv.Length);
        Assert.Contains("Agnès", tutorCsv[1], StringComparison.Ordinal);
        Assert.Equal(2, supervisorCsv.Length);
        Assert.Equal(
            "ULN,Given name,Family name,Occupational specialism,Cohort,Expected end date,Placement status",
            supervisorCsv[0]);
        Assert.DoesNotContain(tutee.StudentNumber, supervisorCsv[1], StringComparison.Ordinal);
    }

    private static async Task<string[]> CsvAsync(HttpClient client, string family)
    {
        var response = await client.GetAsync($"/Students?handler=Csv&q={family}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        return text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private static async Task<List<string>> RowsAsync(HttpClient client, string path)
    {
        var page = await client.GetDocumentAsync(path);
        return [.. page.QuerySelectorAll("main tbody tr td:first-child").Select(td => td.TextContent.Trim())];
    }
}

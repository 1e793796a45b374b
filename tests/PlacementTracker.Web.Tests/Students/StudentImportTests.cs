using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Students;

/// <summary>Importing students from a CSV file through the page, all or nothing, matched on the ULN.</summary>
public class StudentImportTests
{
    private const string Header = "ULN,Student number,Given name,Family name,Date of birth,Email,Core code,"
        + "Specialism code,Cohort,Expected end date,Postcode,Tutor email";

    public static TheoryData<DatabaseProvider, string> DatabasesAndNonEditors() =>
        StudentPageAccessTests.For(Roles.Tutor, Roles.Student, Roles.EmployerSupervisor);

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task BadRow_ImportsNothing_CorrectedFileImportsAll_AndReimportingCreatesNoDuplicates(
        DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var family = TestData.UniqueFamilyName();
        var ulns = new[] { TestData.NextUln(), TestData.NextUln(), TestData.NextUln() };
        var rows = ulns.Select((uln, i) => Row(uln, family, i == 0 ? tutor.Email : "")).ToList();
        var bad = Row("1000000063", family, "");

        var refused = await PostAsync(client, "Import", Encoding.UTF8.GetBytes(File(rows[0], bad, rows[1])));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.ToDocumentAsync();
        Assert.Contains("Row 3: ULN 1000000063 fails its check digit", page.ErrorSummary());
        Assert.Equal(0, await CountAsync(app, family));

        var check = await PostAsync(client, "Check", Encoding.UTF8.GetBytes(File([.. rows])));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var preview = (await check.ToDocumentAsync()).QuerySelector("#preview")!.TextContent;
        Assert.Contains("3 students to add and 0 to update",
            string.Join(' ', preview.Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)),
            StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, family));

        var imported = await PostAsync(client, "Import", Encoding.UTF8.GetBytes(File([.. rows])));
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal(3, await CountAsync(app, family));
        var first = await StudentFormTests.FindByUlnAsync(app, ulns[0]);
        Assert.Equal("Siân", first.GivenName);
        Assert.Equal(tutor.Id, first.TutorUserId);

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var windows1252 = Encoding.GetEncoding(1252).GetBytes(File([.. rows]));
        var again = await PostAsync(client, "Import", windows1252);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(3, await CountAsync(app, family));
        Assert.Equal(0u, (await StudentFormTests.FindByUlnAsync(app, ulns[0])).Version);
    }

    [Theory]
    [MemberData(nameof(DatabasesAndNonEditors))]
    public async Task NonEditors_AreRefused(DatabaseProvider database, string role)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));
        var family = TestData.UniqueFamilyName();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Students/Import")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.GetAsync("/Students/Import?handler=Template")).StatusCode);
        var home = await client.GetDocumentAsync("/");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await SendAsync(client, "Import", token,
            Encoding.UTF8.GetBytes(File(Row(TestData.NextUln(), family, ""))));

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, await CountAsync(app, family));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Template_HasEveryColumn_AndTheListLinksToTheImport(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));

        var template = await client.GetStringAsync("/Students/Import?handler=Template");
        var list = await client.GetDocumentAsync("/Students");

        Assert.StartsWith(Header, template.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.NotNull(list.QuerySelector("a[href='/Students/Import']"));
    }

    private static string Row(string uln, string family, string tutorEmail) =>
        $"{uln},S{uln[^6..]},Siân,{family},14/03/2009,,60358300,ZTLOS001,2025 to 2027,2027-07-16,ls1 4ap,{tutorEmail}";

    private static string File(params string[] rows) => string.Join("\r\n", [Header, .. rows]) + "\r\n";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, byte[] content)
    {
        var form = await client.GetDocumentAsync("/Students/Import");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await SendAsync(client, handler, token, content);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string handler, string token,
        byte[] content)
    {
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "upload", "students.csv" },
        };
        return await client.PostAsync($"/Students/Import?handler={handler}", body);
    }

    private static Task<int> CountAsync(TestApp app, string family) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .Students.CountAsync(s => s.FamilyName == family));
}

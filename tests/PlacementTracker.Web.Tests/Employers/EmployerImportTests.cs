using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Importing;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Employers;

/// <summary>Importing employers from a CSV file through the page, all or nothing, matched on the reference.</summary>
public class EmployerImportTests
{
    private static readonly string Header = string.Join(',', EmployerImportFile.AllColumns);

    public static TheoryData<DatabaseProvider, string> DatabasesAndNonEditors() =>
        EmployerAccessTests.DatabasesAndRoles(
            Roles.Tutor, Roles.SubjectLead, Roles.PastoralSupport, Roles.EmployerSupervisor);

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task BadRow_ImportsNothing_CorrectedFileImportsAll_AndReimportingCreatesNoDuplicates(
        DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var existing = await app.CreateEmployerAsync(name: "Before Ltd");
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var references = new[] { TestData.NextReference(), TestData.NextReference() };
        var rows = new[]
        {
            Row(references[0], "Agnès Engineering", "LS1 4AP"),
            Row(references[1], "Zoë's Garage", "ls2 7hx"),
            Row(existing.Reference, "After Ltd", "LS1 1AA", site: "HEAD OFFICE"),
        };

        var refused = await PostAsync(client, "Import",
            Encoding.UTF8.GetBytes(File(rows[0], Row(TestData.NextReference(), "Bad Ltd", "XX1"), rows[2])));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.ToDocumentAsync();
        Assert.Contains("Row 3: Site postcode XX1 is not a real postcode", page.ErrorSummary());
        Assert.Equal(0, await CountAsync(app, references));
        Assert.Equal("Before Ltd", (await FindAsync(app, existing.Reference)).Name);

        var check = await PostAsync(client, "Check", Encoding.UTF8.GetBytes(File(rows)));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var preview = (await check.ToDocumentAsync()).QuerySelector("#preview")!.TextContent;
        Assert.Contains("2 employers to add and 1 to update", Squeeze(preview), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, references));

        var imported = await PostAsync(client, "Import", Encoding.UTF8.GetBytes(File(rows)));
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var list = await client.GetDocumentAsync(imported.Headers.Location!.OriginalString);
        Assert.Contains("3 employers imported: 2 added, 1 updated.",
            list.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(app, references));

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var again = await PostAsync(client, "Import", Encoding.GetEncoding(1252).GetBytes(File(rows)));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(2, await CountAsync(app, references));
        var agnes = await FindAsync(app, references[0]);
        Assert.Equal(("Agnès Engineering", 0u), (agnes.Name, agnes.Version));
        Assert.Equal((1, 1), (agnes.Sites.Count, agnes.Contacts.Count));
        var after = await FindAsync(app, existing.Reference);
        Assert.Equal(("After Ltd", 1u), (after.Name, after.Version));
        Assert.Equal(("HEAD OFFICE", "LS1 1AA"), (after.Sites.Single().Name, after.Sites.Single().Postcode));
        Assert.Equal("Siân Evans", after.Contacts.Single().Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Check_WithoutACsvFile_SaysWhatToDo(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));

        var none = await PostAsync(client, "Check", null);
        var spreadsheet = await PostAsync(client, "Check", [1, 2, 3], "employers.xlsx");
        var headerOnly = await PostAsync(client, "Check", Encoding.UTF8.GetBytes(File()));

        var page = await none.ToDocumentAsync();
        Assert.Equal(["Select a CSV file"], page.ErrorSummary());
        var link = page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href")!;
        Assert.Equal("file", page.QuerySelector(link)!.GetAttribute("type"));
        Assert.Equal(["The selected file must be a CSV file"], (await spreadsheet.ToDocumentAsync()).ErrorSummary());
        Assert.Equal(["The file has no employers in it"], (await headerOnly.ToDocumentAsync()).ErrorSummary());
        Assert.All(new[] { none, spreadsheet, headerOnly }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Template_HasEveryColumnAndAByteOrderMark_AndTheListLinksToTheImport(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));

        var template = await client.GetAsync("/Employers/Import?handler=Template");
        var bytes = await template.Content.ReadAsByteArrayAsync();
        var list = await client.GetDocumentAsync("/Employers");

        Assert.Equal("employers-template.csv", template.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Header, lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.NotNull(list.QuerySelector("a[href='/Employers/Import']"));
    }

    [Theory]
    [MemberData(nameof(DatabasesAndNonEditors))]
    public async Task NonEditors_GetNotFound_AndNothingIsSaved(DatabaseProvider database, string role)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));
        var reference = TestData.NextReference();
        var home = await client.GetDocumentAsync("/");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var file = Encoding.UTF8.GetBytes(File(Row(reference, "Sneaky Ltd", "LS1 4AP")));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Employers/Import")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.GetAsync("/Employers/Import?handler=Template")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(client, "Check", token, file)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(client, "Import", token, file)).StatusCode);
        Assert.Equal(0, await CountAsync(app, [reference]));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task OtherStaff_SeeNoLinkToTheImport(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Tutor));

        var list = await client.GetDocumentAsync("/Employers");

        Assert.Null(list.QuerySelector("a[href='/Employers/Import']"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Anonymous_IsSentToSignIn(DatabaseProvider database)
    {
        var client = TestApp.For(database).CreateBrowserlessClient();

        foreach (var path in new[] { "/Employers/Import", "/Employers/Import?handler=Template" })
        {
            var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    private static string Row(string reference, string name, string postcode, string site = "Head office") =>
        $"{reference},{name},Engineering,,01632 960 001,,,9am to 5pm,,,,,,{site},1 Mill Lane,,Leeds,{postcode},"
        + "Siân Evans,Placement manager,,";

    private static string File(params string[] rows) => string.Join("\r\n", [Header, .. rows]) + "\r\n";

    private static string Squeeze(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static async Task<HttpResponseMessage> PostAsync(
        HttpClient client,
        string handler,
        byte[]? content,
        string fileName = "employers.csv")
    {
        var form = await client.GetDocumentAsync("/Employers/Import");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await SendAsync(client, handler, token, content, fileName);
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client,
        string handler,
        string token,
        byte[]? content,
        string fileName = "employers.csv")
    {
        using var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (content is not null)
        {
            body.Add(new ByteArrayContent(content), "upload", fileName);
        }

        return await client.PostAsync($"/Employers/Import?handler={handler}", body);
    }

    private static Task<int> CountAsync(TestApp app, string[] references) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .Employers.CountAsync(e => references.Contains(e.Reference)));

    private static Task<Employer> FindAsync(TestApp app, string reference) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .Employers.AsNoTracking()
            .Include(e => e.Sites)
            .Include(e => e.Contacts)
            .SingleAsync(e => e.Reference == reference));
}

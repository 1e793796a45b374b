using System.Text;
using Microsoft.Playwright;
using PlacementTracker.BrowserTests.Support;
using PlacementTracker.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace PlacementTracker.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class ImportStudentsTests(BrowserFixture browser) : IDisposable
{
    private const string Header = "ULN,Student number,Given name,Family name,Date of birth,Email,Core code,"
        + "Specialism code,Cohort,Expected end date,Postcode";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("import-journey-");

    static ImportStudentsTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Coordinator_ImportsAFileWithOneBadRow_NothingIsImported_ThenImportsTheCorrectedFile()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsAsync(Roles.PlacementCoordinator);
        await page.GotoAsync("/Students");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import students from a CSV file" }).ClickAsync();

        // Row 3 has a ULN whose check digit is wrong (…0012 instead of …0011).
        var badFile = Write("students-with-a-bad-row.csv", Encoding.UTF8,
            Row("4820000003", "Agnès"), Row("4820000012", "Zoë"), Row("4820000038", "Siân"));
        await page.GetByLabel("CSV file").SetInputFilesAsync(badFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();

        await Expect(page.Locator("#row-problems")).ToContainTextAsync("Row 3: ULN 4820000012 fails its check digit");
        await Expect(page.Locator(".govuk-error-summary").First).ToContainTextAsync("Nothing has been imported");
        await page.AssertNoSeriousViolationsAsync();
        await ExpectStudentsNamedImportjourneyAsync(page, 0);

        // The corrected file, saved by Excel as Windows-1252 "CSV".
        await page.GotoAsync("/Students/Import");
        var goodFile = Write("students-corrected.csv", Encoding.GetEncoding(1252),
            Row("4820000003", "Agnès"), Row("4820000011", "Zoë"), Row("4820000038", "Siân"));
        await page.GetByLabel("CSV file").SetInputFilesAsync(goodFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();

        await Expect(page.Locator("#preview")).ToContainTextAsync("3 students to add and 0 to update");
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByLabel("CSV file").SetInputFilesAsync(goodFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 3 students" }).ClickAsync();

        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("3 students imported");
        var rows = await ExpectStudentsNamedImportjourneyAsync(page, 3);
        await Expect(rows).ToContainTextAsync(["Agnès Importjourney", "Siân Importjourney", "Zoë Importjourney"]);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static string Row(string uln, string givenName) =>
        $"{uln},IMP{uln[^4..]},{givenName},Importjourney,2009-03-14,,60358300,ZTLOS001,2025 to 2027,"
        + "16/07/2027,LS1 4AP";

    private string Write(string name, Encoding encoding, params string[] rows)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, string.Join("\r\n", [Header, .. rows]) + "\r\n", encoding);
        return path;
    }

    private static async Task<ILocator> ExpectStudentsNamedImportjourneyAsync(IPage page, int count)
    {
        await page.GotoAsync("/Students?q=Importjourney");
        var rows = page.Locator("main tbody tr");
        await Expect(rows).ToHaveCountAsync(count);
        return rows;
    }
}

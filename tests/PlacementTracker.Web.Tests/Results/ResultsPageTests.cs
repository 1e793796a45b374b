using System.IO.Compression;
using System.Net;
using System.Text;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Tests.Results;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Results;

public class ResultsPageTests
{
    private static readonly DateTime Signed = new(2027, 6, 30, 12, 0, 0, DateTimeKind.Utc);

    public static TheoryData<DatabaseProvider, string> Exporters() => WithRoles(
        Roles.PlacementCoordinator, Roles.Administrator);

    public static TheoryData<DatabaseProvider, string> NonExporters() => WithRoles(
        Roles.Tutor, Roles.EmployerSupervisor, Roles.Student, Roles.SubjectLead, Roles.PastoralSupport);

    [Theory]
    [MemberData(nameof(Exporters))]
    public async Task Preview_ListsRejectedRowsWithTheReason_AndTheDownloadPassesEveryDfeRule(
        DatabaseProvider database,
        string role)
    {
        var app = TestApp.For(database);
        var cohort = ResultsTestData.UniqueCohort();
        var special = await app.CreateLearnerAsync(cohort, ip =>
            (ip.RecordLockedAtUtc, ip.SpecialConsiderationReasonCodes, ip.SpecialConsiderationHours) =
            (Signed, "ML,B", 280));
        var leaving = await app.CreateLearnerAsync(cohort, ip => ip.WillNotCompleteReason = "Left the course");
        var noHours = await app.CreateLearnerAsync(cohort, ip =>
            (ip.RecordLockedAtUtc, ip.SpecialConsiderationReasonCodes) = (Signed, "T"));
        var valid = TestData.NextUln();
        var invalid = valid[..9] + (char)('0' + ((valid[9] - '0' + 1) % 10));
        var badUln = await app.CreateLearnerAsync(cohort, ip => ip.WillNotCompleteReason = "Moved away", invalid);
        await app.CreateLearnerAsync(cohort);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));

        var page = await client.GetDocumentAsync($"/Results?Cohort={Uri.EscapeDataString(cohort)}");
        var file = await client.GetByteArrayAsync(page.QuerySelector("#download")!.GetAttribute("href"));

        Assert.Equal("2 students to upload", page.QuerySelector("#to-export")!.TextContent.Trim());
        Assert.Equal(
            new[]
            {
                $"{noHours.FullName} {noHours.Uln} Special consideration is recorded without the hours completed",
                $"{badUln.FullName} {invalid} The ULN \"{invalid}\" is not a valid Unique Learner Number",
            }.Order(),
            page.QuerySelectorAll("#rejected tbody tr")
                .Select(r => string.Join(' ', r.QuerySelectorAll("td").Select(td => td.TextContent.Trim())))
                .Order());
        Assert.Empty(DfeResultsFileValidator.Problems(file));
        Assert.Equal(
        [
            [special.Uln, "60358324", DfeResultsFileValidator.SpecialConsideration, "280", "ML,B"],
            [leaving.Uln, "60358324", "Placement will not be completed", "", ""],
        ],
            DfeResultsFileValidator.Rows(file).OrderBy(r => r[2], StringComparer.Ordinal).Select(r => r.ToArray()));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task StillToBeCompleted_IsLeftOutUnlessAskedFor(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var cohort = ResultsTestData.UniqueCohort();
        var student = await app.CreateLearnerAsync(cohort);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));
        var path = $"/Results?Cohort={Uri.EscapeDataString(cohort)}";

        var without = await client.GetDocumentAsync(path);
        var with = await client.GetDocumentAsync(path + "&IncludeStillToBeCompleted=true");
        var file = await client.GetByteArrayAsync(with.QuerySelector("#download")!.GetAttribute("href"));

        Assert.Null(without.QuerySelector("#download"));
        Assert.Equal(
            $"ULN,Core code,Industry placement status,Industry placement hours,Reason for special consideration\r\n"
            + $"{student.Uln},60358324,Placement still to be completed,,\r\n",
            Encoding.UTF8.GetString(file));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Download_For1001Learners_IsAZipOfTwoFilesOf1000And1(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var cohort = ResultsTestData.UniqueCohort();
        await app.CreateLearnersWhoWillNotCompleteAsync(cohort, 1001);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));

        var page = await client.GetDocumentAsync($"/Results?Cohort={Uri.EscapeDataString(cohort)}");
        var response = await client.GetAsync(page.QuerySelector("#download")!.GetAttribute("href"));

        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var files = zip.Entries.OrderBy(e => e.FullName).Select(Read).ToList();
        Assert.Equal([1000, 1], files.Select(f => DfeResultsFileValidator.Rows(f).Count));
        Assert.All(files, f => Assert.Empty(DfeResultsFileValidator.Problems(f)));
        Assert.Equal(1001, files.SelectMany(DfeResultsFileValidator.Rows).Select(r => r[0]).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task WorkPlacements_GiveOneIlrRowPerPlacement_WithTheEdsNumberOrNines(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var cohort = ResultsTestData.UniqueCohort();
        var student = await app.CreateLearnerAsync(cohort);
        var first = await app.CreatePlacementAsync(student, null);
        var second = await app.CreatePlacementAsync(student, null);
        await app.WithServicesAsync(async services =>
        {
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<PlacementDbContext>(services);
            (await db.Employers.FindAsync(first.EmployerId))!.EdsNumber = "123456789";
            (await db.Placements.FindAsync(second.Id))!.PlannedStart = new DateOnly(2027, 2, 1);
            await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));

        var page = await client.GetDocumentAsync($"/Results/WorkPlacements?Cohort={Uri.EscapeDataString(cohort)}");
        var file = await client.GetByteArrayAsync(page.QuerySelector("#download")!.GetAttribute("href"));

        Assert.Equal(
            "\uFEFFULN,LearnAimRef,WorkPlaceStartDate,WorkPlaceEndDate,WorkPlaceHours,WorkPlaceMode,WorkPlaceEmpId\r\n"
            + $"{student.Uln},ZWRKX003,2026-09-07,2027-01-29,315,2,123456789\r\n"
            + $"{student.Uln},ZWRKX003,2027-02-01,2027-01-29,315,2,999999999\r\n",
            Encoding.UTF8.GetString(file));
    }

    [Theory]
    [MemberData(nameof(NonExporters))]
    public async Task EveryoneButCoordinatorsAndAdministrators_GetNotFound(DatabaseProvider database, string role)
    {
        var app = TestApp.For(database);
        var cohort = Uri.EscapeDataString((await app.CreateLearnerAsync(ResultsTestData.UniqueCohort(),
            ip => ip.WillNotCompleteReason = "Left")).Cohort);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));

        foreach (var path in new[]
        {
            "/Results", $"/Results?Cohort={cohort}", $"/Results?handler=Download&Cohort={cohort}",
            "/Results/WorkPlacements", $"/Results/WorkPlacements?handler=Download&Cohort={cohort}",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var content = new MemoryStream();
        entry.Open().CopyTo(content);
        return content.ToArray();
    }

    private static TheoryData<DatabaseProvider, string> WithRoles(params string[] roles)
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var database in TestDatabases.Providers)
        {
            foreach (var role in roles)
            {
                data.Add(database, role);
            }
        }

        return data;
    }
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Importing;
using PlacementTracker.Core.Students;
using PlacementTracker.Core.Tests.Support;

namespace PlacementTracker.Core.Tests.Importing;

public class StudentImportTests
{
    private const string Header = "ULN,Student number,Given name,Family name,Date of birth,Email,Core code,"
        + "Specialism code,Cohort,Expected end date,Postcode";

    private static readonly Viewer Coordinator = new("coordinator", new HashSet<string> { Roles.PlacementCoordinator });

    private static string Row(string uln, string given = "Agnès", string born = "2009-03-14") =>
        $"{uln},S{uln[..5]},{given},Martin,{born},,60358300,ZTLOS001,2025 to 2027,16/07/2027,LS1 4AP";

    private static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines));

    [Fact]
    public void Decode_ReadsUtf8WithAndWithoutBom_AndWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string names = "Agnès,Zoë,Siân";

        Assert.Equal(names, ImportFile.Decode(Encoding.UTF8.GetBytes(names)));
        Assert.Equal(names, ImportFile.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(names)]));
        Assert.Equal(names, ImportFile.Decode(Encoding.GetEncoding(1252).GetBytes(names)));
        Assert.Equal("Agnès", ImportFile.Decode([0x41, 0x67, 0x6E, 0xE8, 0x73]));
    }

    [Fact]
    public void Read_MatchesHeadersIgnoringCaseAndOrder_AndNumbersRowsAsASpreadsheetDoes()
    {
        var file = StudentImportFile.Read(Utf8(
            "postcode,uln,STUDENT NUMBER,given name,family name,date of birth,email,core code,specialism code,"
            + "cohort,expected end date",
            "LS1 4AP,1000000043,S1,Zoë,Evans,2009-03-14,,60358300,ZTLOS001,2025 to 2027,2027-07-16"));

        Assert.Empty(file.MissingColumns);
        var row = Assert.Single(file.Rows);
        Assert.Equal(2, row.Row);
        Assert.Equal("Zoë", row[StudentImportFile.GivenName]);
        Assert.Equal("1000000043", row[StudentImportFile.Uln]);
    }

    [Fact]
    public void Read_NamesMissingColumns()
    {
        var file = StudentImportFile.Read(Utf8("ULN,Given name,Family name", "1000000043,A,B"));

        Assert.Contains(StudentImportFile.StudentNumber, file.MissingColumns);
        Assert.Contains(StudentImportFile.Postcode, file.MissingColumns);
        Assert.DoesNotContain(StudentImportFile.TutorEmail, file.MissingColumns);
    }

    [Fact]
    public async Task Preview_ListsEveryBadRow_AndDuplicateUlns()
    {
        await using var database = await CoreTestDatabase.CreateAsync();
        var import = Import(database);

        var result = await import.PreviewAsync(Utf8(Header,
            Row("1000000043"),
            Row("1000000063"),
            Row("1000000043", given: ""),
            Row("1000000051", born: "31/02/2009")), Coordinator);

        Assert.False(result.IsValid);
        Assert.Contains("Row 3: ULN 1000000063 fails its check digit", result.Problems);
        Assert.Contains("Row 4: Enter the student's given name", result.Problems);
        Assert.Contains("Row 4: ULN 1000000043 is also on row 2", result.Problems);
        Assert.Contains(result.Problems,
            p => p.StartsWith("Row 5: Date of birth 31/02/2009", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Problems, p => p.StartsWith("Row 2:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_MissingColumns_GivesOneFileLevelError()
    {
        await using var database = await CoreTestDatabase.CreateAsync();

        var result = await Import(database).ApplyAsync(Utf8("ULN,Email", "1000000043,a@b.test"), Coordinator,
            Actor.System);

        var problem = Assert.Single(result.Problems);
        Assert.Contains("Student number", problem, StringComparison.Ordinal);
        Assert.False(result.Applied);
    }

    [Fact]
    public async Task Apply_AddsThenUpdatesOnUln_WithOneAuditEventEachTime()
    {
        await using var database = await CoreTestDatabase.CreateAsync();
        var file = Encoding.GetEncoding(1252).GetBytes(string.Join("\r\n", Header, Row("1000000043", "Siân")));

        var first = await Import(database).ApplyAsync(file, Coordinator, Actor.System);
        var second = await Import(database).ApplyAsync(file, Coordinator, Actor.System);

        Assert.Equal((1, 0, true), (first.ToAdd, first.ToUpdate, first.Applied));
        Assert.Equal((0, 1, true), (second.ToAdd, second.ToUpdate, second.Applied));
        var student = await database.Db.Students.AsNoTracking().SingleAsync();
        Assert.Equal("Siân", student.GivenName);
        Assert.Equal(new DateOnly(2027, 7, 16), student.ExpectedEndDate);
        var events = await database.Db.AuditEvents.Where(e => e.Action == AuditActions.StudentsImported)
            .ToListAsync();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.DoesNotContain("Siân", e.Summary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_TheSameFileTwice_LeavesTheVersionAsItWas_AndAChangedRowRaisesIt()
    {
        await using var database = await CoreTestDatabase.CreateAsync();
        var file = Utf8(Header, Row("1000000043"));

        await Import(database).ApplyAsync(file, Coordinator, Actor.System);
        var second = await Import(database).ApplyAsync(file, Coordinator, Actor.System);
        var afterSame = (await database.Db.Students.AsNoTracking().SingleAsync()).Version;
        await Import(database).ApplyAsync(Utf8(Header, Row("1000000043", given: "Zoë")), Coordinator, Actor.System);
        var afterChange = (await database.Db.Students.AsNoTracking().SingleAsync()).Version;

        Assert.Equal((0, 1, true), (second.ToAdd, second.ToUpdate, second.Applied));
        Assert.Equal(0u, afterSame);
        Assert.Equal(1u, afterChange);
    }

    [Fact]
    public async Task Preview_OfAMalformedFile_IsRefusedWithoutThrowing()
    {
        await using var database = await CoreTestDatabase.CreateAsync();

        var malformed = Utf8(Header, "\"1000000043,\"S1\"x\"\"\",\"\"\"");

        var result = await Import(database).PreviewAsync(malformed, Coordinator);

        Assert.False(result.IsValid);
    }

    private static StudentImport Import(CoreTestDatabase database)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero));
        var audit = new AuditLog(database.Db, clock);
        var students = new StudentService(database.Db, new AccessScope(database.Db), audit, clock,
            NullLogger<StudentService>.Instance);
        return new StudentImport(database.Db, students, audit);
    }
}

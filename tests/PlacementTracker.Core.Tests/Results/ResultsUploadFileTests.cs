using System.IO.Compression;
using System.Text;
using PlacementTracker.Core.Identifiers;
using PlacementTracker.Core.Outcomes;
using PlacementTracker.Core.Results;

namespace PlacementTracker.Core.Tests.Results;

public class ResultsUploadFileTests
{
    private static int ulnSeed = 200_000_000;

    private static ResultsUploadRow Row(
        PlacementOutcome outcome = PlacementOutcome.Completed,
        int? hours = null,
        params string[] reasons) =>
        new(NextUln(), "60358300", outcome, hours, reasons);

    [Fact]
    public void SpecialConsiderationRows_CarryHoursAndDistinctReasons_AndOtherRowsCarryNeither()
    {
        var rows = new[]
        {
            Row(PlacementOutcome.CompletedWithSpecialConsideration, 280, "ML", "B", "ML"),
            Row(PlacementOutcome.Completed, 320, "ML"),
            Row(PlacementOutcome.StillToBeCompleted, 100, "B"),
            Row(PlacementOutcome.WillNotComplete, 50, "D"),
        };

        var file = ResultsUploadFile.Write(rows);
        var parsed = DfeResultsFileValidator.Rows(file);

        Assert.Empty(DfeResultsFileValidator.Problems(file));
        Assert.Equal([rows[0].Uln, "60358300", DfeResultsFileValidator.SpecialConsideration, "280", "ML,B"], parsed[0]);
        Assert.All(parsed.Skip(1), r => Assert.Equal(("", ""), (r[3], r[4])));
        Assert.Contains($"{rows[0].Uln},60358300,{DfeResultsFileValidator.SpecialConsideration},280,\"ML,B\"\r\n",
            Encoding.UTF8.GetString(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HasDfesHeaderInOrder_AndNoByteOrderMark()
    {
        var file = ResultsUploadFile.Write([Row()]);

        Assert.NotEqual(0xEF, file[0]);
        Assert.StartsWith(
            "ULN,Core code,Industry placement status,Industry placement hours,Reason for special consideration\r\n",
            Encoding.UTF8.GetString(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ForOneThousandLearners_GivesOneCsv()
    {
        var download = ResultsUploadFile.Build([.. Enumerable.Range(0, 1000).Select(_ => Row())], "results");

        Assert.Equal(("results.csv", "text/csv"), (download.FileName, download.ContentType));
        Assert.Equal(1000, DfeResultsFileValidator.Rows(download.Content).Count);
        Assert.Empty(DfeResultsFileValidator.Problems(download.Content));
    }

    [Fact]
    public void Build_For1001Learners_GivesAZipOfTwoFilesOf1000And1()
    {
        var rows = Enumerable.Range(0, 1001)
            .Select(i => i % 3 == 0 ? Row(PlacementOutcome.CompletedWithSpecialConsideration, 300, "W") : Row())
            .ToList();

        var download = ResultsUploadFile.Build(rows, "results");

        Assert.Equal(("results.zip", "application/zip"), (download.FileName, download.ContentType));
        var files = Unzip(download.Content);
        Assert.Equal(["results-1-of-2.csv", "results-2-of-2.csv"], files.Keys);
        Assert.Equal([1000, 1], files.Values.Select(f => DfeResultsFileValidator.Rows(f).Count));
        Assert.All(files.Values, f => Assert.Empty(DfeResultsFileValidator.Problems(f)));
        Assert.Equal(
            rows.Select(r => r.Uln),
            files.Values.SelectMany(DfeResultsFileValidator.Rows).Select(r => r[0]));
    }

    [Fact]
    public void Write_RefusesMoreThanOneFileOfLearners() =>
        Assert.Throws<ArgumentException>(
            () => ResultsUploadFile.Write([.. Enumerable.Range(0, 1001).Select(_ => Row())]));

    [Fact]
    public void Validator_CatchesEachBrokenRule()
    {
        var uln = NextUln();
        var text = "ULN,Core code,Industry placement status,Industry placement hours,"
            + "Reason for special consideration\r\n"
            + "1000000063,60358300,Placement completed,,\r\n"
            + $"{uln},603583,Placement completed,,\r\n"
            + $"{uln},60358300,Placement done,,\r\n"
            + $"{NextUln()},60358300,Placement completed,300,\r\n"
            + $"{NextUln()},60358300,{DfeResultsFileValidator.SpecialConsideration},,ML\r\n"
            + $"{NextUln()},60358300,{DfeResultsFileValidator.SpecialConsideration},1000,\"ML,ML\"\r\n"
            + $"{NextUln()},60358300,{DfeResultsFileValidator.SpecialConsideration},10,XX\r\n";

        var problems = DfeResultsFileValidator.Problems(Encoding.UTF8.GetBytes(text));

        Assert.Equal(
        [
            "Row 2: ULN 1000000063 is not 10 digits with a valid check digit",
            "Row 3: Core code 603583 is not 8 characters",
            "Row 4: Status Placement done is not one of DfE's",
            $"Row 4: ULN {uln} is already in the file",
            "Row 5: Hours or reasons are given without special consideration",
            "Row 6: Hours  are not a whole number from 1 to 999",
            "Row 7: Hours 1000 are not a whole number from 1 to 999",
            "Row 7: Reasons ML,ML repeat a code",
            "Row 8: Reasons XX are not DfE's codes separated by commas",
        ], problems);
    }

    [Fact]
    public void Rules_RejectABadUln_AShortCoreCode_AndSpecialConsiderationWithoutHours()
    {
        var known = new HashSet<string>(DfeResultsFileValidator.ReasonCodes);

        Assert.Contains("ULN", ResultsUploadRules.ProblemWith(Row() with { Uln = "1000000063" }, known));
        Assert.Contains("core code", ResultsUploadRules.ProblemWith(Row() with { CoreCode = "6035" }, known));
        Assert.Equal(
            "Special consideration is recorded without the hours completed",
            ResultsUploadRules.ProblemWith(Row(PlacementOutcome.CompletedWithSpecialConsideration, null, "ML"), known));
        Assert.Contains("1 to 999",
            ResultsUploadRules.ProblemWith(Row(PlacementOutcome.CompletedWithSpecialConsideration, 1000, "ML"), known));
        Assert.Contains("\"ZZ\"",
            ResultsUploadRules.ProblemWith(Row(PlacementOutcome.CompletedWithSpecialConsideration, 10, "ZZ"), known));
        Assert.Null(
            ResultsUploadRules.ProblemWith(Row(PlacementOutcome.CompletedWithSpecialConsideration, 10, "U"), known));
    }

    private static Dictionary<string, byte[]> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var content = new MemoryStream();
            e.Open().CopyTo(content);
            return content.ToArray();
        });
    }

    private static string NextUln()
    {
        while (true)
        {
            var firstNine = Interlocked.Increment(ref ulnSeed)
                .ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Uln.CheckDigitFor(firstNine) is { } check)
            {
                return firstNine + check;
            }
        }
    }
}

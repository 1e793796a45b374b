using System.Globalization;
using System.IO.Compression;
using CsvHelper;

namespace PlacementTracker.Core.Results;

/// <summary>A file to download: its name, type and bytes.</summary>
public sealed record ExportDownload(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Writes DfE's industry placement results upload (DOMAIN.md): CSV with the columns in DfE's order, at most 1,000
/// learners and 2 MB a file. More learners give several numbered files in one zip. Plain UTF-8 without a
/// byte-order mark, since DOMAIN.md asks for none, and no spreadsheet escaping: every value is checked first.
/// </summary>
public static class ResultsUploadFile
{
    public const int MaxLearnersPerFile = 1000;

    public const int MaxBytesPerFile = 2 * 1024 * 1024;

    public static IReadOnlyList<string> Columns { get; } =
    [
        "ULN",
        "Core code",
        "Industry placement status",
        "Industry placement hours",
        "Reason for special consideration",
    ];

    /// <summary>One CSV when the learners fit in one file, otherwise a zip of numbered CSVs.</summary>
    public static ExportDownload Build(IReadOnlyList<ResultsUploadRow> rows, string baseName)
    {
        var parts = rows.Chunk(MaxLearnersPerFile).ToList();
        if (parts.Count <= 1)
        {
            return new ExportDownload($"{baseName}.csv", "text/csv", Write(rows));
        }

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < parts.Count; i++)
            {
                var entry = archive.CreateEntry($"{baseName}-{i + 1}-of-{parts.Count}.csv", CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(Write(parts[i]));
            }
        }

        return new ExportDownload($"{baseName}.zip", "application/zip", zip.ToArray());
    }

    /// <summary>The CSV for up to <see cref="MaxLearnersPerFile"/> learners.</summary>
    public static byte[] Write(IReadOnlyCollection<ResultsUploadRow> rows)
    {
        if (rows.Count > MaxLearnersPerFile)
        {
            throw new ArgumentException($"A results file holds at most {MaxLearnersPerFile} learners.", nameof(rows));
        }

        using var output = new MemoryStream();
        var options = new CsvWriterOptions
        {
            WriteByteOrderMark = false,
            Injection = CsvInjection.None,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using (var csv = CsvWriter.Create(output, options, leaveOpen: true))
        {
            csv.WriteHeader([.. Columns]);
            foreach (var row in rows)
            {
                csv.WriteField(row.Uln);
                csv.WriteField(row.CoreCode);
                csv.WriteField(Outcomes.PlacementOutcomeText.UploadValue(row.Outcome));
                csv.WriteField(row.HoursCell);
                csv.WriteField(row.ReasonsCell);
                csv.EndRecord();
            }
        }

        var bytes = output.ToArray();
        return bytes.Length <= MaxBytesPerFile
            ? bytes
            : throw new InvalidOperationException("A results file came to more than 2 MB.");
    }
}

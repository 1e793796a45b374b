using System.Text;
using CsvHelper;

namespace PlacementTracker.Core.Importing;

/// <summary>One student row of an import file, as text, with its row number as a spreadsheet shows it.</summary>
public sealed record StudentCsvRow(int Row, IReadOnlyDictionary<string, string> Values)
{
    public string this[string column] => Values.TryGetValue(column, out var value) ? value.Trim() : "";

    public bool Has(string column) => Values.ContainsKey(column);
}

/// <summary>An import file read into rows, or the columns it lacks.</summary>
public sealed record StudentImportFileContent(IReadOnlyList<StudentCsvRow> Rows, IReadOnlyList<string> MissingColumns);

/// <summary>Reads a student import file as a college's student record system exports it.</summary>
public static class StudentImportFile
{
    public const string Uln = "ULN";
    public const string StudentNumber = "Student number";
    public const string GivenName = "Given name";
    public const string FamilyName = "Family name";
    public const string DateOfBirth = "Date of birth";
    public const string Email = "Email";
    public const string CoreCode = "Core code";
    public const string SpecialismCode = "Specialism code";
    public const string Cohort = "Cohort";
    public const string ExpectedEndDate = "Expected end date";
    public const string Postcode = "Postcode";
    public const string TutorEmail = "Tutor email";

    public static IReadOnlyList<string> RequiredColumns { get; } =
    [
        Uln, StudentNumber, GivenName, FamilyName, DateOfBirth, Email, CoreCode, SpecialismCode, Cohort,
        ExpectedEndDate, Postcode,
    ];

    public static IReadOnlyList<string> AllColumns { get; } = [.. RequiredColumns, TutorEmail];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true);

    /// <summary>UTF-8, with or without a byte order mark; otherwise Windows-1252, as Excel saves "CSV".</summary>
    public static string Decode(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(content, start, content.Length - start);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(content);
        }
    }

    public static StudentImportFileContent Read(byte[] content)
    {
        var text = Decode(content);
        using var csv = CsvReader.Create(new StringReader(text));
        var headers = csv.Headers;
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            var name = AllColumns.FirstOrDefault(c =>
                string.Equals(c, headers[i].Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is not null)
            {
                columns.TryAdd(name, i);
            }
        }

        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return new StudentImportFileContent([], missing);
        }

        var rows = new List<StudentCsvRow>();
        var row = 1;
        while (csv.Read())
        {
            row++;
            var values = new Dictionary<string, string>();
            foreach (var (name, index) in columns)
            {
                values[name] = index < csv.FieldCount ? csv.GetString(index) : "";
            }

            if (values.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new StudentCsvRow(row, values));
        }

        return new StudentImportFileContent(rows, []);
    }

    /// <summary>The header row and one example row, for colleges to fill in.</summary>
    public static string Template() =>
        string.Join(',', AllColumns) + "\r\n"
        + "1000000043,S12345,Jordan,Smith,2009-03-14,jordan.smith@example.com,60358300,ZTLOS001,2025 to 2027,"
        + "2027-07-16,LS1 4AP,\r\n";
}

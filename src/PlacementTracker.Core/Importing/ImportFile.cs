using System.Text;
using CsvHelper;

namespace PlacementTracker.Core.Importing;

/// <summary>One row of an import file, as text, with its row number as a spreadsheet shows it.</summary>
public sealed record CsvRow(int Row, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The cell, trimmed; empty when the column is not in the file.</summary>
    public string this[string column] => Values.TryGetValue(column, out var value) ? value.Trim() : "";

    public bool Has(string column) => Values.ContainsKey(column);
}

/// <summary>An import file read into rows, or the columns it lacks.</summary>
public sealed record ImportFileContent(IReadOnlyList<CsvRow> Rows, IReadOnlyList<string> MissingColumns);

/// <summary>
/// Reads the CSV files that imports take, as colleges' systems and Excel save them: any encoding they use,
/// header names in any case and order, and rows numbered as a spreadsheet shows them (the header is row 1).
/// </summary>
public static class ImportFile
{
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

    /// <summary>
    /// Reads the columns named in <paramref name="allColumns"/>, ignoring any others, and skips blank rows.
    /// A file without every one of <paramref name="requiredColumns"/> gives no rows, only the missing names.
    /// </summary>
    /// <exception cref="CsvFormatException">The file is not CSV that can be parsed.</exception>
    public static ImportFileContent Read(
        byte[] content,
        IReadOnlyList<string> requiredColumns,
        IReadOnlyList<string> allColumns)
    {
        using var csv = CsvReader.Create(new StringReader(Decode(content)));
        var columns = ColumnIndexes(csv.Headers, allColumns);
        var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return new ImportFileContent([], missing);
        }

        var rows = new List<CsvRow>();
        var row = 1;
        while (csv.Read())
        {
            row++;
            var values = new Dictionary<string, string>();
            foreach (var (name, index) in columns)
            {
                values[name] = index < csv.FieldCount ? csv.GetString(index) : "";
            }

            if (!values.Values.All(string.IsNullOrWhiteSpace))
            {
                rows.Add(new CsvRow(row, values));
            }
        }

        return new ImportFileContent(rows, []);
    }

    /// <summary>
    /// Reads the file for an import of <paramref name="things"/> ("students"), or refuses the whole file with
    /// the one reason none of it can be imported: it cannot be parsed, lacks a required column, or has no rows.
    /// </summary>
    public static (IReadOnlyList<CsvRow> Rows, ImportResult? Refusal) Open(
        byte[] content,
        IReadOnlyList<string> requiredColumns,
        IReadOnlyList<string> allColumns,
        string things)
    {
        ImportFileContent file;
        try
        {
            file = Read(content, requiredColumns, allColumns);
        }
        catch (CsvFormatException)
        {
            return ([], ImportResult.Refused("The file could not be read. Save it as CSV and upload it again"));
        }

        if (file.MissingColumns.Count > 0)
        {
            return ([], ImportResult.Refused(
                $"The file is missing the column{(file.MissingColumns.Count == 1 ? "" : "s")} "
                + string.Join(", ", file.MissingColumns) + ". The first row must name every column"));
        }

        return file.Rows.Count == 0
            ? ([], ImportResult.Refused($"The file has no {things} in it"))
            : (file.Rows, null);
    }

    private static Dictionary<string, int> ColumnIndexes(IReadOnlyList<string> headers, IReadOnlyList<string> known)
    {
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim();
            var name = known.FirstOrDefault(c => string.Equals(c, header, StringComparison.OrdinalIgnoreCase));
            if (name is not null)
            {
                columns.TryAdd(name, i);
            }
        }

        return columns;
    }
}

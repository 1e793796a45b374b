using CsvHelper;

namespace PlacementTracker.Core.Exports;

/// <summary>One column of an exported table: its heading and how a row writes its cell.</summary>
public sealed record CsvColumn<T>(string Header, Action<CsvWriter, T> Write);

public static class CsvColumn
{
    public static CsvColumn<T> Text<T>(string header, Func<T, string?> value) =>
        new(header, (csv, row) => csv.WriteField(value(row) ?? ""));

    public static CsvColumn<T> Number<T>(string header, Func<T, int?> value) =>
        new(header, (csv, row) => csv.WriteField(value(row), ""));

    public static CsvColumn<T> Date<T>(string header, Func<T, DateOnly?> value) =>
        new(header, (csv, row) => csv.WriteField(value(row), "yyyy-MM-dd"));
}

/// <summary>
/// Writes tables as CSV that opens cleanly in Excel: UTF-8 with a byte-order mark, and text cells that
/// start like a formula (=, +, -, @, tab, carriage return) escaped so a spreadsheet shows them as text.
/// Numbers and dates are written as values, never escaped.
/// </summary>
public static class CsvExport
{
    public static async Task WriteAsync<T>(
        Stream output,
        IReadOnlyList<CsvColumn<T>> columns,
        IEnumerable<T> rows,
        CancellationToken cancellationToken = default)
    {
        var options = new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        await using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        csv.WriteHeader(columns.Select(c => c.Header).ToArray());
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                column.Write(csv, row);
            }

            await csv.EndRecordAsync(cancellationToken);
        }
    }
}

using System.Text;
using PlacementTracker.Core.Exports;

namespace PlacementTracker.Core.Tests.Exports;

public class CsvExportTests
{
    private sealed record Row(string Name, int? Hours, DateOnly? Start);

    private static readonly CsvColumn<Row>[] Columns =
    [
        CsvColumn.Text<Row>("Name", r => r.Name),
        CsvColumn.Number<Row>("Hours", r => r.Hours),
        CsvColumn.Date<Row>("Start", r => r.Start),
    ];

    [Fact]
    public async Task Write_StartsWithAByteOrderMarkAndKeepsAccents()
    {
        var bytes = await WriteAsync(new Row("Siân Zoë Agnès", 315, new DateOnly(2026, 9, 7)));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("Name,Hours,Start\r\nSiân Zoë Agnès,315,2026-09-07\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")")]
    [InlineData("+44 20")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tTabbed")]
    [InlineData("\rReturn")]
    public async Task Write_TextThatLooksLikeAFormula_IsNeutralised(string dangerous)
    {
        var text = Encoding.UTF8.GetString(await WriteAsync(new Row(dangerous, null, null)));

        var cell = text.Split("\r\n")[1];
        Assert.False(cell.StartsWith(dangerous[0]), cell);
        Assert.False(cell.TrimStart('"').StartsWith(dangerous[0]), cell);
    }

    [Fact]
    public async Task Write_NegativeNumbers_AreLeftAsNumbers()
    {
        var text = Encoding.UTF8.GetString(await WriteAsync(new Row("Ann", -5, null)));

        Assert.EndsWith("Ann,-5,\r\n", text, StringComparison.Ordinal);
    }

    private static async Task<byte[]> WriteAsync(params Row[] rows)
    {
        using var output = new MemoryStream();
        await CsvExport.WriteAsync(output, Columns, rows);
        return output.ToArray();
    }
}

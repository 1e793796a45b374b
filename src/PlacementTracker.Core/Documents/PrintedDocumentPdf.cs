using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace PlacementTracker.Core.Documents;

/// <summary>
/// Writes a <see cref="PrintedDocument"/> as an A4 PDF: the title, each section's heading, paragraphs, labelled
/// facts and bulleted lists, with long lines wrapped, new pages as needed and "Page 1 of 3" at each foot.
/// </summary>
public static class PrintedDocumentPdf
{
    private const double Margin = 56;
    private const double FooterSpace = 28;
    private const double LabelShare = 0.36;
    private const double BulletIndent = 14;
    private const double Gap = 6;

    public static byte[] Write(PrintedDocument document)
    {
        InstalledFontResolver.Install();
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        using (var layout = new Layout(pdf))
        {
            layout.Lines(document.Title, Fonts.Title, 0);
            layout.Space(Gap * 2);
            foreach (var section in document.Sections)
            {
                WriteSection(layout, section);
            }
        }

        NumberPages(pdf);
        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void WriteSection(Layout layout, DocumentSection section)
    {
        layout.Space(Gap);
        layout.KeepTogether(Fonts.Heading.GetHeight() + (Fonts.Body.GetHeight() * 2));
        layout.Lines(section.Heading, Fonts.Heading, 0);
        layout.Space(Gap / 2);
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case DocumentParagraph paragraph:
                    layout.Lines(paragraph.Text, Fonts.Body, 0);
                    break;
                case DocumentFacts facts:
                    foreach (var (label, value) in facts.Rows)
                    {
                        layout.Fact(label, value);
                    }

                    break;
                case DocumentList list:
                    foreach (var item in list.Items)
                    {
                        layout.Bullet(item);
                    }

                    break;
                default:
                    throw new InvalidOperationException($"Unknown document block {block.GetType().Name}.");
            }

            layout.Space(Gap);
        }
    }

    private static void NumberPages(PdfDocument pdf)
    {
        for (var i = 0; i < pdf.PageCount; i++)
        {
            var page = pdf.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = $"Page {i + 1} of {pdf.PageCount}";
            var width = graphics.MeasureString(text, Fonts.Footer).Width;
            graphics.DrawString(
                text,
                Fonts.Footer,
                XBrushes.DimGray,
                new XPoint((page.Width.Point - width) / 2, page.Height.Point - (Margin / 2)));
        }
    }

    private static class Fonts
    {
        public static readonly XFont Title = new(InstalledFontResolver.FamilyName, 18, XFontStyleEx.Bold);
        public static readonly XFont Heading = new(InstalledFontResolver.FamilyName, 13, XFontStyleEx.Bold);
        public static readonly XFont Label = new(InstalledFontResolver.FamilyName, 10, XFontStyleEx.Bold);
        public static readonly XFont Body = new(InstalledFontResolver.FamilyName, 10, XFontStyleEx.Regular);
        public static readonly XFont Footer = new(InstalledFontResolver.FamilyName, 8, XFontStyleEx.Regular);
    }

    /// <summary>Places text down the page, starting a new page when the next line would not fit.</summary>
    private sealed class Layout : IDisposable
    {
        private readonly PdfDocument pdf;
        private PdfPage? page;
        private XGraphics? graphics;
        private double y;

        public Layout(PdfDocument pdf)
        {
            this.pdf = pdf;
            NewPage();
        }

        private double Width => page!.Width.Point - (Margin * 2);

        private double Bottom => page!.Height.Point - Margin - FooterSpace;

        public void Space(double points) => y += points;

        /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
        public void KeepTogether(double height)
        {
            if (graphics is null || y + height > Bottom)
            {
                NewPage();
            }
        }

        public void Lines(string text, XFont font, double indent)
        {
            foreach (var line in Wrap(text, font, Width - indent))
            {
                KeepTogether(font.GetHeight());
                Draw(line, font, indent);
                y += font.GetHeight();
            }
        }

        public void Bullet(string text)
        {
            KeepTogether(Fonts.Body.GetHeight());
            graphics!.DrawString("•", Fonts.Body, XBrushes.Black, new XPoint(Margin + 2, y), XStringFormats.TopLeft);
            Lines(text, Fonts.Body, BulletIndent);
        }

        public void Fact(string label, string value)
        {
            var labelWidth = Width * LabelShare;
            var labelLines = Wrap(label, Fonts.Label, labelWidth - Gap);
            var valueLines = Wrap(value, Fonts.Body, Width - labelWidth);
            var lineHeight = Fonts.Body.GetHeight();
            for (var i = 0; i < Math.Max(labelLines.Count, valueLines.Count); i++)
            {
                KeepTogether(lineHeight);
                if (i < labelLines.Count)
                {
                    Draw(labelLines[i], Fonts.Label, 0);
                }

                if (i < valueLines.Count)
                {
                    Draw(valueLines[i], Fonts.Body, labelWidth);
                }

                y += lineHeight;
            }

            y += Gap / 2;
        }

        public void Dispose() => graphics?.Dispose();

        private void Draw(string text, XFont font, double indent) =>
            graphics!.DrawString(text, font, XBrushes.Black, new XPoint(Margin + indent, y), XStringFormats.TopLeft);

        private void NewPage()
        {
            graphics?.Dispose();
            page = pdf.AddPage();
            page.Size = PageSize.A4;
            graphics = XGraphics.FromPdfPage(page);
            y = Margin;
        }

        /// <summary>Breaks text into lines that fit <paramref name="width"/>, keeping its own line breaks.</summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            var measure = graphics ?? throw new InvalidOperationException("No page to measure text on.");
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : $"{line} {word}";
                    if (measure.MeasureString(candidate, font).Width <= width)
                    {
                        line = candidate;
                        continue;
                    }

                    if (line.Length > 0)
                    {
                        lines.Add(line);
                    }

                    line = BreakLongWord(word, font, width, lines, measure);
                }

                lines.Add(line);
            }

            return lines;
        }

        /// <summary>Splits a word wider than the line, such as a hash, across lines; returns what is left.</summary>
        private static string BreakLongWord(
            string word,
            XFont font,
            double width,
            List<string> lines,
            XGraphics measure)
        {
            var rest = word;
            while (measure.MeasureString(rest, font).Width > width && rest.Length > 1)
            {
                var take = rest.Length - 1;
                while (take > 1 && measure.MeasureString(rest[..take], font).Width > width)
                {
                    take--;
                }

                lines.Add(rest[..take]);
                rest = rest[take..];
            }

            return rest;
        }
    }
}

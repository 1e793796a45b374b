using System.Security.Cryptography;
using System.Text;

namespace PlacementTracker.Core.Documents;

/// <summary>
/// A document the product shows as a page and prints as a PDF: a title and sections of paragraphs, facts and
/// lists. Its plain text is what signers see and what a signature's hash is taken of.
/// </summary>
public sealed record PrintedDocument(string Title, IReadOnlyList<DocumentSection> Sections)
{
    /// <summary>
    /// The document as plain text, one fact or paragraph per line. The same document always gives the same
    /// text, so its hash changes exactly when its content does.
    /// </summary>
    public string ToPlainText()
    {
        var text = new StringBuilder().Append(Title).Append('\n');
        foreach (var section in Sections)
        {
            text.Append('\n').Append(section.Heading).Append('\n');
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case DocumentParagraph paragraph:
                        text.Append(paragraph.Text).Append('\n');
                        break;
                    case DocumentFacts facts:
                        foreach (var (label, value) in facts.Rows)
                        {
                            text.Append(label).Append(": ").Append(value).Append('\n');
                        }

                        break;
                    case DocumentList list:
                        foreach (var item in list.Items)
                        {
                            text.Append("- ").Append(item).Append('\n');
                        }

                        break;
                    default:
                        throw new InvalidOperationException($"Unknown document block {block.GetType().Name}.");
                }
            }
        }

        return text.ToString();
    }

    /// <summary>SHA-256 of <see cref="ToPlainText"/> as UTF-8, in lower-case hexadecimal.</summary>
    public string ContentHash() => Hash(ToPlainText());

    public static string Hash(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}

public sealed record DocumentSection(string Heading, IReadOnlyList<DocumentBlock> Blocks);

/// <summary>One part of a section: a paragraph, a set of labelled facts, or a bulleted list.</summary>
public abstract record DocumentBlock;

public sealed record DocumentParagraph(string Text) : DocumentBlock;

public sealed record DocumentFacts(IReadOnlyList<(string Label, string Value)> Rows) : DocumentBlock;

public sealed record DocumentList(IReadOnlyList<string> Items) : DocumentBlock;

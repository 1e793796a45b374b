using PdfSharp.Fonts;

namespace PlacementTracker.Core.Documents;

/// <summary>
/// Gives PDFsharp the Liberation Sans fonts installed on the machine (Debian's fonts-liberation package), since
/// on Linux it finds no fonts by itself. No font files are shipped with the app.
/// </summary>
public sealed class InstalledFontResolver : IFontResolver
{
    public const string FamilyName = "Liberation Sans";

    /// <summary>Set to a folder holding LiberationSans-*.ttf to use fonts from somewhere else.</summary>
    public const string FolderVariable = "PLACEMENT_TRACKER_FONTS";

    private static readonly string[] Folders =
    [
        "/usr/share/fonts/truetype/liberation",
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/liberation-sans",
        "/usr/share/fonts/liberation",
    ];

    private static readonly Lock Gate = new();

    private static bool installed;

    /// <summary>Makes this the resolver PDFsharp uses; safe to call any number of times.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (!installed)
            {
                GlobalFontSettings.FontResolver = new InstalledFontResolver();
                installed = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        (bold, italic) switch
        {
            (true, true) => new FontResolverInfo("LiberationSans-BoldItalic"),
            (true, false) => new FontResolverInfo("LiberationSans-Bold"),
            (false, true) => new FontResolverInfo("LiberationSans-Italic"),
            _ => new FontResolverInfo("LiberationSans-Regular"),
        };

    public byte[]? GetFont(string faceName)
    {
        var file = faceName + ".ttf";
        var folders = Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } configured
            ? [configured, .. Folders]
            : Folders;
        var path = folders.Select(folder => Path.Combine(folder, file)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"The font {file} was not found, so no PDF can be written. Install the fonts-liberation package "
                + $"(apt-get install fonts-liberation) or set {FolderVariable} to a folder holding it. "
                + $"Looked in: {string.Join(", ", folders)}.");
        return File.ReadAllBytes(path);
    }
}

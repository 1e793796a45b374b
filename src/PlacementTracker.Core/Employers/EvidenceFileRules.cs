namespace PlacementTracker.Core.Employers;

/// <summary>
/// Which evidence files are accepted: PDF, PNG, JPEG and DOCX up to 10 MB, judged by the extension and
/// by the file's first bytes, so a renamed program is refused.
/// </summary>
public static class EvidenceFileRules
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public const int SignatureLength = 8;

    private static readonly Dictionary<string, (string ContentType, byte[] Signature)> Accepted =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [".pdf"] = ("application/pdf", "%PDF-"u8.ToArray()),
            [".png"] = ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            [".jpg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
            [".jpeg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
            [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                [0x50, 0x4B, 0x03, 0x04]),
        };

    /// <summary>
    /// Returns the content type to store and serve the file with, or an error message saying what to do.
    /// </summary>
    public static EvidenceFileCheck Check(string fileName, long length, ReadOnlySpan<byte> firstBytes)
    {
        if (length == 0)
        {
            return EvidenceFileCheck.Refused("The selected file is empty");
        }

        if (length > MaxBytes)
        {
            return EvidenceFileCheck.Refused("The selected file must be smaller than 10 MB");
        }

        if (!Accepted.TryGetValue(Path.GetExtension(fileName), out var accepted)
            || !firstBytes.StartsWith(accepted.Signature))
        {
            return EvidenceFileCheck.Refused("The selected file must be a PDF, PNG, JPEG or DOCX");
        }

        return new EvidenceFileCheck(accepted.ContentType, null);
    }
}

public sealed record EvidenceFileCheck(string? ContentType, string? Error)
{
    public bool IsAccepted => Error is null;

    public static EvidenceFileCheck Refused(string error) => new(null, error);
}

using PlacementTracker.Core.Employers;

namespace PlacementTracker.Core.Tests.Employers;

public class EvidenceFileRulesTests
{
    private static readonly byte[] Pdf = "%PDF-1.7\n"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46];
    private static readonly byte[] Docx = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0x06, 0];
    private static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0, 0x03, 0, 0, 0];

    public static TheoryData<string, byte[], string> AcceptedFiles => new()
    {
        { "insurance.pdf", Pdf, "application/pdf" },
        { "Policy.PDF", Pdf, "application/pdf" },
        { "scan.png", Png, "image/png" },
        { "photo.jpg", Jpeg, "image/jpeg" },
        { "photo.jpeg", Jpeg, "image/jpeg" },
        { "risk.docx", Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public void Check_AcceptsAllowedTypesWhoseContentMatches(string name, byte[] content, string contentType)
    {
        var check = EvidenceFileRules.Check(name, 1000, content);

        Assert.True(check.IsAccepted, check.Error);
        Assert.Equal(contentType, check.ContentType);
    }

    [Fact]
    public void Check_RefusesAProgramRenamedAsPdf() =>
        Assert.Equal("The selected file must be a PDF, PNG, JPEG or DOCX",
            EvidenceFileRules.Check("insurance.pdf", 1000, Exe).Error);

    [Fact]
    public void Check_RefusesAnExtensionThatDoesNotMatchTheContent() =>
        Assert.False(EvidenceFileRules.Check("scan.png", 1000, Pdf).IsAccepted);

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("notes.txt")]
    [InlineData("policy.doc")]
    [InlineData("pdf")]
    public void Check_RefusesOtherExtensions(string name) =>
        Assert.False(EvidenceFileRules.Check(name, 1000, Pdf).IsAccepted);

    [Fact]
    public void Check_RefusesFilesOver10Megabytes()
    {
        Assert.True(EvidenceFileRules.Check("a.pdf", EvidenceFileRules.MaxBytes, Pdf).IsAccepted);
        Assert.Equal("The selected file must be smaller than 10 MB",
            EvidenceFileRules.Check("a.pdf", EvidenceFileRules.MaxBytes + 1, Pdf).Error);
    }

    [Fact]
    public void Check_RefusesEmptyFiles() =>
        Assert.Equal("The selected file is empty", EvidenceFileRules.Check("a.pdf", 0, []).Error);
}

using System.ComponentModel.DataAnnotations;

namespace PlacementTracker.Core.Employers;

/// <summary>
/// An employer's own details as a person or an import file gives them, with the rules they must meet. The
/// employer form binds to it and the import checks each row with it, so both apply the same rules.
/// </summary>
public sealed class EmployerDetails
{
    [Required(ErrorMessage = "Enter the employer's reference")]
    [MaxLength(20, ErrorMessage = "Reference must be 20 characters or fewer")]
    [RegularExpression("^[A-Za-z0-9-]+$", ErrorMessage = "Reference must only include letters, numbers and hyphens")]
    public string Reference { get; set; } = "";

    [Required(ErrorMessage = "Enter the employer's name")]
    [MaxLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string Name { get; set; } = "";

    [MaxLength(200, ErrorMessage = "Sector must be 200 characters or fewer")]
    public string? Sector { get; set; }

    [RegularExpression(@"^\s*\d{9}\s*$", ErrorMessage = "EDS number must be 9 digits, like 123456789")]
    public string? EdsNumber { get; set; }

    [MaxLength(40, ErrorMessage = "Phone number must be 40 characters or fewer")]
    [Phone(ErrorMessage = "Enter a phone number, like 01632 960 001")]
    public string? Phone { get; set; }

    [MaxLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string? Email { get; set; }

    [MaxLength(300, ErrorMessage = "Website must be 300 characters or fewer")]
    [Url(ErrorMessage = "Enter a website address starting with https://")]
    public string? Website { get; set; }

    [MaxLength(200, ErrorMessage = "Usual hours must be 200 characters or fewer")]
    public string? UsualHours { get; set; }

    [MaxLength(2000, ErrorMessage = "Dress code or PPE must be 2000 characters or fewer")]
    public string? DressCode { get; set; }

    [MaxLength(2000, ErrorMessage = "Site induction must be 2000 characters or fewer")]
    public string? SiteInduction { get; set; }

    [MaxLength(2000, ErrorMessage = "What to know before day one must be 2000 characters or fewer")]
    public string? BeforeDayOne { get; set; }

    [MaxLength(4000, ErrorMessage = "Support notes must be 4000 characters or fewer")]
    public string? SupportNotes { get; set; }

    [MaxLength(4000, ErrorMessage = "Funding notes must be 4000 characters or fewer")]
    public string? FundingNotes { get; set; }

    /// <summary>The version the editor started from; ignored when adding.</summary>
    public uint Version { get; set; }

    /// <summary>References are kept trimmed and in capitals, so ACME-1 and acme-1 are the same employer.</summary>
    public static string NormaliseReference(string? reference) => (reference ?? "").Trim().ToUpperInvariant();

    public static EmployerDetails From(Employer e) => new()
    {
        Reference = e.Reference,
        Name = e.Name,
        Sector = e.Sector,
        EdsNumber = e.EdsNumber,
        Phone = e.Phone,
        Email = e.Email,
        Website = e.Website,
        UsualHours = e.UsualHours,
        DressCode = e.DressCode,
        SiteInduction = e.SiteInduction,
        BeforeDayOne = e.BeforeDayOne,
        SupportNotes = e.SupportNotes,
        FundingNotes = e.FundingNotes,
        Version = e.Version,
    };

    public Employer ToEmployer(Guid id)
    {
        var employer = new Employer { Id = id, Version = Version };
        ApplyTo(employer);
        return employer;
    }

    /// <summary>Copies the details onto the employer, tidied: trimmed, and blanks stored as nothing.</summary>
    public void ApplyTo(Employer e)
    {
        e.Reference = NormaliseReference(Reference);
        e.Name = Name.Trim();
        e.Sector = Optional(Sector);
        e.EdsNumber = Optional(EdsNumber);
        e.Phone = Optional(Phone);
        e.Email = Optional(Email);
        e.Website = Optional(Website);
        e.UsualHours = Optional(UsualHours);
        e.DressCode = Optional(DressCode);
        e.SiteInduction = Optional(SiteInduction);
        e.BeforeDayOne = Optional(BeforeDayOne);
        e.SupportNotes = Optional(SupportNotes);
        e.FundingNotes = Optional(FundingNotes);
    }

    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

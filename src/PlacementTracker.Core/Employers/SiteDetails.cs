using System.ComponentModel.DataAnnotations;
using PlacementTracker.Core.Identifiers;

namespace PlacementTracker.Core.Employers;

/// <summary>
/// A site's details as a person or an import file gives them, with the rules they must meet; the site form
/// binds to it and the employer import checks a row's site with it.
/// </summary>
public sealed class SiteDetails
{
    [Required(ErrorMessage = "Enter the site's name")]
    [MaxLength(200, ErrorMessage = "Site name must be 200 characters or fewer")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter address line 1, typically the building and street")]
    [MaxLength(200, ErrorMessage = "Address line 1 must be 200 characters or fewer")]
    public string AddressLine1 { get; set; } = "";

    [MaxLength(200, ErrorMessage = "Address line 2 must be 200 characters or fewer")]
    public string? AddressLine2 { get; set; }

    [Required(ErrorMessage = "Enter the town or city")]
    [MaxLength(100, ErrorMessage = "Town or city must be 100 characters or fewer")]
    public string Town { get; set; } = "";

    [Required(ErrorMessage = "Enter the site's postcode")]
    [RealPostcode(ErrorMessage = "Enter a real postcode, like SW1A 1AA")]
    public string Postcode { get; set; } = "";

    public static SiteDetails From(EmployerSite s) => new()
    {
        Name = s.Name,
        AddressLine1 = s.AddressLine1,
        AddressLine2 = s.AddressLine2,
        Town = s.Town,
        Postcode = s.Postcode,
    };

    public EmployerSite ToSite(Guid employerId, Guid id)
    {
        var site = new EmployerSite { Id = id, EmployerId = employerId };
        ApplyTo(site);
        return site;
    }

    /// <summary>Copies the details onto the site, trimmed, with the postcode in its normal form.</summary>
    public void ApplyTo(EmployerSite s)
    {
        s.Name = Name.Trim();
        s.AddressLine1 = AddressLine1.Trim();
        s.AddressLine2 = EmployerDetails.Optional(AddressLine2);
        s.Town = Town.Trim();
        s.Postcode = Identifiers.Postcode.Normalise(Postcode) ?? Postcode.Trim();
    }
}

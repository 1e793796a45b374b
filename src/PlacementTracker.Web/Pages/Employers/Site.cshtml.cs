using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Employers;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers;

public class SiteModel(AccessScope scope, EmployerRecords records) : EmployerFormPage(scope)
{
    [BindProperty]
    public SiteInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid employerId, Guid? siteId)
    {
        if (!await FindEmployerAsync(employerId))
        {
            return NotFound();
        }

        if (siteId is { } id)
        {
            var site = Employer.Sites.SingleOrDefault(s => s.Id == id);
            if (site is null)
            {
                return NotFound();
            }

            Input = SiteInput.From(site);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid employerId, Guid? siteId)
    {
        if (!await FindEmployerAsync(employerId) || (siteId is { } id && Employer.Sites.All(s => s.Id != id)))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await records.SaveSiteAsync(Input.ToSite(employerId, siteId ?? Guid.Empty), User.ToActor());
        AddErrors(result.Errors);
        if (!result.Succeeded)
        {
            return Page();
        }

        TempData["Success"] = $"Site {Input.Name.Trim()} saved.";
        return RedirectToPage("/Employers/Detail", new { id = employerId });
    }
}

public sealed class SiteInput
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

    [Required(ErrorMessage = "Enter the postcode")]
    public string Postcode { get; set; } = "";

    public static SiteInput From(EmployerSite s) => new()
    {
        Name = s.Name,
        AddressLine1 = s.AddressLine1,
        AddressLine2 = s.AddressLine2,
        Town = s.Town,
        Postcode = s.Postcode,
    };

    public EmployerSite ToSite(Guid employerId, Guid id) => new()
    {
        Id = id,
        EmployerId = employerId,
        Name = Name.Trim(),
        AddressLine1 = AddressLine1.Trim(),
        AddressLine2 = string.IsNullOrWhiteSpace(AddressLine2) ? null : AddressLine2.Trim(),
        Town = Town.Trim(),
        Postcode = Postcode,
    };
}

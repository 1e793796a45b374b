using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Employers;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers;

public class SiteModel(AccessScope scope, EmployerRecords records) : EmployerFormPage(scope)
{
    [BindProperty]
    public SiteDetails Input { get; set; } = new();

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

            Input = SiteDetails.From(site);
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

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;
using PlacementTracker.Web.Pages.Placements;

namespace PlacementTracker.Web.Pages.Students;

/// <summary>Changes the hours a student's industry placement needs, with the reason recorded.</summary>
public class RequiredHoursModel(PlacementService placements, AccessScope scope) : PageModel
{
    [BindProperty]
    public int? RequiredHours { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var industryPlacement = await LoadAsync(id);
        if (industryPlacement is null)
        {
            return NotFound();
        }

        (RequiredHours, Version) = (industryPlacement.RequiredHours, industryPlacement.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var industryPlacement = await LoadAsync(id);
        if (industryPlacement is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await placements.ChangeRequiredHoursAsync(id, RequiredHours, Reason, Version, User.ToViewer(),
            User.ToActor());
        if (result.Succeeded)
        {
            TempData["Success"] = $"Required hours changed to {RequiredHours}.";
            return RedirectToPage("/Students/Detail", new { id });
        }

        if (result.Conflict)
        {
            ModelState.AddConflict("the required hours");
            (RequiredHours, Version) = (industryPlacement.RequiredHours, industryPlacement.Version);
        }

        ModelState.AddErrors("", result);
        return Page();
    }

    private async Task<IndustryPlacement?> LoadAsync(Guid id)
    {
        var viewer = User.ToViewer();
        var industryPlacement = viewer.MayEdit() ? await placements.FindIndustryPlacementAsync(id, viewer) : null;
        Name = await scope.Students(viewer)
            .Where(s => s.Id == id)
            .Select(s => s.GivenName + " " + s.FamilyName)
            .SingleOrDefaultAsync() ?? "";
        return industryPlacement;
    }
}

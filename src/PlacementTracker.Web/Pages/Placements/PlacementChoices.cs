using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Web.Pages.Placements;

/// <summary>The lists the placement forms offer, and how a refused save is shown on them.</summary>
public static class PlacementChoices
{
    public static async Task<PlacementForm> FormAsync(
        PlacementInput input,
        PlacementDbContext db,
        PlacementService placements)
    {
        var sites = await db.EmployerSites
            .Where(s => s.EmployerId == input.EmployerId)
            .OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, s.Town })
            .ToListAsync();
        var supervisors = await placements.SupervisorsAsync(input.EmployerId);
        return new PlacementForm(
            input,
            [new SelectListItem("No particular site", ""),
                .. sites.Select(s => new SelectListItem($"{s.Name}, {s.Town}", s.Id.ToString()))],
            [new SelectListItem("Not chosen yet", ""), .. supervisors.Select(s => new SelectListItem(s.Name, s.Id))]);
    }

    public static void AddErrors(this ModelStateDictionary modelState, string prefix, PlacementResult result)
    {
        foreach (var (field, message) in result.Errors)
        {
            modelState.AddModelError(prefix.Length == 0 ? field : $"{prefix}.{field}", message);
        }
    }
}

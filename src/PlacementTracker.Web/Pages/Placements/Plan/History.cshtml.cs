using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;

namespace PlacementTracker.Web.Pages.Placements.Plan;

public class HistoryModel(AccessScope scope, PlanService plans) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public IReadOnlyList<ObjectiveRevision> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var placement = await PlanPlacement.FindAsync(scope, User, id);
        if (placement is null)
        {
            return NotFound();
        }

        Placement = placement;
        Revisions = await plans.HistoryAsync(id);
        return Page();
    }
}

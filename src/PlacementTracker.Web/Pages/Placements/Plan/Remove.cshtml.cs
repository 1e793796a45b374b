using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Plan;

public class RemoveModel(AccessScope scope, PlanService plans) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public Objective Objective { get; private set; } = default!;

    public bool PlanIsSet { get; private set; }

    [BindProperty]
    public RevisionReason? Reason { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid objectiveId)
    {
        if (!await LoadAsync(id, objectiveId))
        {
            return NotFound();
        }

        Version = Objective.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid objectiveId)
    {
        if (!await LoadAsync(id, objectiveId))
        {
            return NotFound();
        }

        var result = await plans.RemoveAsync(id, objectiveId, Version,
            new RevisionRequest(User.ToActor(), Reason, Note));
        if (result.Conflict)
        {
            ModelState.AddConflict("this objective");
            Version = Objective.Version;
            return Page();
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        TempData["Success"] = "Removed from the plan. Its history is kept.";
        return RedirectToPage("/Placements/Plan/Index", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, Guid objectiveId)
    {
        var placement = await PlanPlacement.FindAsync(scope, User, id);
        if (placement is null || !User.ToViewer().EditsPlans())
        {
            return false;
        }

        var objective = (await plans.GetAsync(id)).Objectives.SingleOrDefault(o => o.Id == objectiveId);
        if (objective is null)
        {
            return false;
        }

        Placement = placement;
        Objective = objective;
        PlanIsSet = await plans.IsSetAsync(id);
        return true;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Plan;

public class IndexModel(AccessScope scope, PlanService plans, ObjectiveTemplateLibrary library) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public PlacementPlan Plan { get; private set; } = default!;

    public PlanVersions Versions { get; private set; } = default!;

    public IReadOnlyList<ObjectiveTemplate> Templates { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanUpdateStatus { get; private set; }

    [BindProperty]
    public Guid? TemplateId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostBuildAsync(Guid id)
    {
        if (!await LoadAsync(id) || !CanEdit)
        {
            return NotFound();
        }

        if (TemplateId is not { } templateId)
        {
            ModelState.AddModelError(nameof(TemplateId), "Select a template");
            return Page();
        }

        var result = await plans.BuildFromTemplateAsync(id, templateId, User.ToActor());
        if (result.Conflict)
        {
            ModelState.AddModelError("", "Someone else changed this plan at the same time. Check it and try again");
            await LoadAsync(id);
            return Page();
        }

        foreach (var (_, message) in result.Errors)
        {
            ModelState.AddModelError(nameof(TemplateId), message);
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        TempData["Success"] = "Plan built from the template.";
        return RedirectToPage(new { id });
    }

    public IEnumerable<Objective> In(ObjectiveCategory category) =>
        Plan.Objectives.Where(o => o.Category == category);

    private async Task<bool> LoadAsync(Guid id)
    {
        var placement = await PlanPlacement.FindAsync(scope, User, id);
        if (placement is null)
        {
            return false;
        }

        var viewer = User.ToViewer();
        Placement = placement;
        Plan = await plans.GetAsync(id);
        Versions = await plans.VersionsAsync(id);
        CanEdit = viewer.EditsPlans();
        CanUpdateStatus = viewer.UpdatesObjectiveStatus(placement.Student!);
        if (CanEdit && Plan.Objectives.Count == 0)
        {
            Templates = await library.ForSpecialismAsync(placement.Student!.SpecialismCode);
        }

        return true;
    }
}

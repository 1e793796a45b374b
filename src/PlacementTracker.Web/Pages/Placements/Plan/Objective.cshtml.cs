using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Plan;

public class ObjectiveModel(AccessScope scope, PlanService plans) : PageModel
{
    [BindProperty]
    public ObjectiveForm Input { get; set; } = new();

    public Placement Placement { get; private set; } = default!;

    public bool IsNew { get; private set; }

    public bool PlanIsSet { get; private set; }

    public static IEnumerable<SelectListItem> Kinds =>
        Enum.GetValues<ObjectiveKind>().Select(k => new SelectListItem(PlanRules.Name(k), k.ToString()));

    public static IEnumerable<SelectListItem> Statuses =>
        Enum.GetValues<ObjectiveStatus>().Select(s => new SelectListItem(PlanRules.Name(s), s.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? objectiveId)
    {
        var objective = await LoadAsync(id, objectiveId);
        if (objective is null)
        {
            return NotFound();
        }

        Input = ObjectiveForm.From(objective);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? objectiveId)
    {
        var objective = await LoadAsync(id, objectiveId);
        if (objective is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = new RevisionRequest(User.ToActor(), Input.Reason, Input.Note);
        var result = objectiveId is { } existing
            ? await plans.EditAsync(id, existing, Input.Version, Input.ToInput(), request)
            : await plans.AddAsync(id, Input.ToInput(), request);
        if (result.Conflict)
        {
            ModelState.AddConflict("this objective");
            var current = await LoadAsync(id, objectiveId);
            Input = current is null ? Input : ObjectiveForm.From(current);
            return Page();
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError($"Input.{field}", message);
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        TempData["Success"] = IsNew ? "Added to the plan." : "Plan changed.";
        return RedirectToPage("/Placements/Plan/Index", new { id });
    }

    /// <summary>The objective to edit (a blank one when adding), or null for 404.</summary>
    private async Task<Objective?> LoadAsync(Guid id, Guid? objectiveId)
    {
        var placement = await PlanPlacement.FindAsync(scope, User, id);
        if (placement is null || !User.ToViewer().EditsPlans())
        {
            return null;
        }

        Placement = placement;
        IsNew = objectiveId is null;
        PlanIsSet = await plans.IsSetAsync(id);
        if (objectiveId is null)
        {
            return new Objective();
        }

        return (await plans.GetAsync(id)).Objectives.SingleOrDefault(o => o.Id == objectiveId);
    }
}

/// <summary>The add or change form for an objective or learning goal.</summary>
public sealed class ObjectiveForm
{
    public ObjectiveCategory Category { get; set; }

    public ObjectiveKind Kind { get; set; }

    [Required(ErrorMessage = "Enter a description")]
    public string Description { get; set; } = "";

    public string? SpecialismSkill { get; set; }

    public string? SuccessCriteria { get; set; }

    public string? Activities { get; set; }

    [Display(Name = "the target date")]
    public DateOnly? TargetDate { get; set; }

    public ObjectiveStatus Status { get; set; }

    public RevisionReason? Reason { get; set; }

    public string? Note { get; set; }

    public uint Version { get; set; }

    public static ObjectiveForm From(Objective o) => new()
    {
        Category = o.Category,
        Kind = o.Kind,
        Description = o.Description,
        SpecialismSkill = o.SpecialismSkill,
        SuccessCriteria = o.SuccessCriteria,
        Activities = o.Activities,
        TargetDate = o.TargetDate,
        Status = o.Status,
        Version = o.Version,
    };

    public ObjectiveInput ToInput() =>
        new(Category, Kind, Description, SpecialismSkill, SuccessCriteria, Activities, TargetDate, Status);
}

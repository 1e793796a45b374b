using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using PlacementTracker.Core.Plans;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.ObjectiveTemplates;

public class ItemModel(ObjectiveTemplateLibrary library) : PageModel
{
    [BindProperty]
    public ItemForm Input { get; set; } = new();

    public ObjectiveTemplate Template { get; private set; } = default!;

    public static IEnumerable<SelectListItem> Categories =>
        Enum.GetValues<ObjectiveCategory>().Select(c => new SelectListItem(PlanRules.Name(c), c.ToString()));

    public static IEnumerable<SelectListItem> Kinds =>
        Enum.GetValues<ObjectiveKind>().Select(k => new SelectListItem(PlanRules.Name(k), k.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? itemId)
    {
        var item = await LoadAsync(id, itemId);
        if (item is null)
        {
            return NotFound();
        }

        Input = ItemForm.From(item, Template.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? itemId)
    {
        if (await LoadAsync(id, itemId) is null)
        {
            return NotFound();
        }

        var result = await library.SaveItemAsync(id, Input.Version, Input.ToItem(itemId), User.ToActor());
        if (result.Conflict)
        {
            ModelState.AddConflict("this template");
            return await OnGetAsync(id, itemId);
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError($"Input.{field}", message);
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        TempData["Success"] = "Template saved.";
        return RedirectToPage("/ObjectiveTemplates/Detail", new { id });
    }

    private async Task<ObjectiveTemplateItem?> LoadAsync(Guid id, Guid? itemId)
    {
        var template = User.ToViewer().EditsPlans() ? await library.FindAsync(id) : null;
        if (template is null)
        {
            return null;
        }

        Template = template;
        return itemId is null ? new ObjectiveTemplateItem() : template.Items.SingleOrDefault(i => i.Id == itemId);
    }
}

public sealed class ItemForm
{
    public ObjectiveCategory Category { get; set; }

    public ObjectiveKind Kind { get; set; }

    public string? Description { get; set; }

    public string? SpecialismSkill { get; set; }

    public string? SuccessCriteria { get; set; }

    public string? Activities { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "the number of weeks after the start")]
    public int? TargetWeeksAfterStart { get; set; }

    public uint Version { get; set; }

    public static ItemForm From(ObjectiveTemplateItem item, uint templateVersion) => new()
    {
        Category = item.Category,
        Kind = item.Kind,
        Description = item.Description,
        SpecialismSkill = item.SpecialismSkill,
        SuccessCriteria = item.SuccessCriteria,
        Activities = item.Activities,
        TargetWeeksAfterStart = item.TargetWeeksAfterStart,
        Version = templateVersion,
    };

    public ObjectiveTemplateItem ToItem(Guid? id) => new()
    {
        Id = id ?? Guid.Empty,
        Category = Category,
        Kind = Kind,
        Description = Description ?? "",
        SpecialismSkill = SpecialismSkill,
        SuccessCriteria = SuccessCriteria,
        Activities = Activities,
        TargetWeeksAfterStart = TargetWeeksAfterStart,
    };
}

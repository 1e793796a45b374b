using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Plans;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.ObjectiveTemplates;

public class EditModel(ObjectiveTemplateLibrary library, PlacementDbContext db) : PageModel
{
    [BindProperty]
    public TemplateForm Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public IReadOnlyList<SelectListItem> Specialisms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        var template = await LoadAsync(id);
        if (!User.ToViewer().EditsPlans() || (id is not null && template is null))
        {
            return NotFound();
        }

        Input = template is null
            ? new TemplateForm()
            : new TemplateForm
            {
                Name = template.Name,
                SpecialismCode = template.SpecialismCode,
                Version = template.Version,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        var template = await LoadAsync(id);
        if (!User.ToViewer().EditsPlans() || (id is not null && template is null))
        {
            return NotFound();
        }

        var changes = new ObjectiveTemplate
        {
            Id = id ?? Guid.Empty,
            Name = Input.Name ?? "",
            SpecialismCode = Input.SpecialismCode ?? "",
            Version = Input.Version,
        };
        var result = await library.SaveAsync(changes, User.ToActor());
        if (result.Conflict)
        {
            ModelState.AddConflict("this template");
            return await OnGetAsync(id);
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError($"Input.{field}", message);
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        TempData["Success"] = $"{changes.Name} saved.";
        return RedirectToPage("/ObjectiveTemplates/Detail", new { id = changes.Id });
    }

    private async Task<ObjectiveTemplate?> LoadAsync(Guid? id)
    {
        if (!User.ToViewer().EditsPlans())
        {
            return null;
        }

        IsNew = id is null;
        Specialisms =
        [
            new SelectListItem("Select a specialism", ""),
            .. (await TemplateSpecialisms.NamesAsync(db))
                .OrderBy(s => s.Value, StringComparer.Ordinal)
                .Select(s => new SelectListItem(s.Value, s.Key)),
        ];
        return id is { } existing ? await library.FindAsync(existing) : null;
    }
}

public sealed class TemplateForm
{
    public string? Name { get; set; }

    public string? SpecialismCode { get; set; }

    public uint Version { get; set; }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Plans;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.ObjectiveTemplates;

public class DetailModel(ObjectiveTemplateLibrary library, PlacementDbContext db) : PageModel
{
    public ObjectiveTemplate Template { get; private set; } = default!;

    public string SpecialismName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeleteItemAsync(Guid id, Guid itemId, uint version) =>
        await ChangeAsync(id, () => library.DeleteItemAsync(id, version, itemId, User.ToActor()), "Item deleted.");

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, uint version)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var result = await library.DeleteAsync(id, version, User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddConflict("this template");
            await LoadAsync(id);
            return Page();
        }

        TempData["Success"] = $"{Template.Name} deleted.";
        return RedirectToPage("/ObjectiveTemplates/Index");
    }

    private async Task<IActionResult> ChangeAsync(
        Guid id,
        Func<Task<Core.Employers.EditResult>> change,
        string success)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!(await change()).Succeeded)
        {
            ModelState.AddConflict("this template");
            await LoadAsync(id);
            return Page();
        }

        TempData["Success"] = success;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var template = User.ToViewer().EditsPlans() ? await library.FindAsync(id) : null;
        if (template is null)
        {
            return false;
        }

        Template = template;
        SpecialismName = (await TemplateSpecialisms.NamesAsync(db)).GetValueOrDefault(template.SpecialismCode, "");
        return true;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Plans;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.ObjectiveTemplates;

public class IndexModel(ObjectiveTemplateLibrary library, PlacementDbContext db) : PageModel
{
    public IReadOnlyList<ObjectiveTemplate> Templates { get; private set; } = [];

    public IReadOnlyDictionary<string, string> SpecialismNames { get; private set; } =
        new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!User.ToViewer().EditsPlans())
        {
            return NotFound();
        }

        Templates = await library.ListAsync();
        SpecialismNames = await TemplateSpecialisms.NamesAsync(db);
        return Page();
    }
}

/// <summary>Specialism names for the template pages, keyed by code.</summary>
public static class TemplateSpecialisms
{
    public static async Task<IReadOnlyDictionary<string, string>> NamesAsync(PlacementDbContext db) =>
        (await db.Specialisms.AsNoTracking().Select(s => new { s.Code, s.Name }).ToListAsync())
            .ToDictionary(s => s.Code, s => $"{s.Name} ({s.Code})");
}

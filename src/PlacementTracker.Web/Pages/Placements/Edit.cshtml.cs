using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements;

/// <summary>Changes a placement's terms; a copy someone else changed first is refused, not saved over.</summary>
public class EditModel(PlacementService placements, AccessScope scope, PlacementDbContext db) : PageModel
{
    [BindProperty]
    public PlacementInput Input { get; set; } = new();

    public Placement Placement { get; private set; } = default!;

    public PlacementForm Form { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = PlacementInput.From(PlacementTerms.From(Placement));
        Form = await PlacementChoices.FormAsync(Input, db, placements);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.EmployerId = Placement.EmployerId;
        if (ModelState.IsValid)
        {
            var result = await placements.EditTermsAsync(id, Input.ToTerms(), User.ToViewer(), User.ToActor());
            if (result.Succeeded)
            {
                TempData["Success"] = "Placement terms saved.";
                return RedirectToPage("/Placements/Detail", new { id });
            }

            if (result.Conflict)
            {
                ModelState.AddConflict("this placement");
                Input = PlacementInput.From(PlacementTerms.From(Placement));
            }

            ModelState.AddErrors("Input", result);
        }

        Form = await PlacementChoices.FormAsync(Input, db, placements);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var viewer = User.ToViewer();
        var placement = viewer.MayEdit()
            ? await scope.Placements(viewer)
                .AsNoTracking()
                .Include(p => p.Student)
                .Include(p => p.Employer)
                .SingleOrDefaultAsync(p => p.Id == id)
            : null;
        Placement = placement!;
        return placement is not null;
    }
}

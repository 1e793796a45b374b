using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Students;

public class AddModel(StudentService students, PlacementDbContext db) : PageModel
{
    [BindProperty]
    public StudentInput Input { get; set; } = new();

    public StudentChoices Choices { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!User.ToViewer().MayEdit())
        {
            return NotFound();
        }

        Choices = await StudentChoices.LoadAsync(db, students);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!User.ToViewer().MayEdit())
        {
            return NotFound();
        }

        var result = ModelState.IsValid
            ? await students.AddAsync(Input.ToDetails(), User.ToViewer(), User.ToActor())
            : null;
        if (result is { Succeeded: true, StudentId: { } id })
        {
            TempData["Success"] = $"{Input.GivenName?.Trim()} {Input.FamilyName?.Trim()} added.";
            return RedirectToPage("/Students/Detail", new { id });
        }

        ModelState.AddErrors("Input", result);
        Choices = await StudentChoices.LoadAsync(db, students);
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Employers;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers;

[Authorize(Policy = Policies.EmployerEditor)]
public class EditModel(AccessScope scope, EmployerRecords records) : PageModel
{
    [BindProperty]
    public EmployerDetails Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        IsNew = id is null;
        if (id is { } existing)
        {
            var employer = await FindAsync(existing);
            if (employer is null)
            {
                return NotFound();
            }

            Input = EmployerDetails.From(employer);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        IsNew = id is null;
        if (id is { } existing && await FindAsync(existing) is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var changes = Input.ToEmployer(id ?? Guid.Empty);
        var result = await records.SaveAsync(changes, User.ToActor());
        if (result.Conflict)
        {
            ModelState.Clear();
            ModelState.AddModelError("", "Someone else changed this employer while you were editing. " +
                "Their changes are shown: check them and make your changes again");
            Input = EmployerDetails.From((await FindAsync(changes.Id))!);
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

        TempData["Success"] = IsNew ? $"{changes.Name} added." : $"{changes.Name} saved.";
        return RedirectToPage("/Employers/Detail", new { id = changes.Id });
    }

    private Task<Employer?> FindAsync(Guid id) =>
        scope.Employers(User.ToViewer()).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements;

/// <summary>Sets up a placement for a student, from a suggested opportunity or with an employer chosen here.</summary>
public class NewModel(PlacementService placements, AccessScope scope, PlacementDbContext db) : PageModel
{
    [BindProperty]
    public PlacementInput Input { get; set; } = new();

    public Student Student { get; private set; } = default!;

    public string EmployerName { get; private set; } = "";

    public PlacementForm Form { get; private set; } = default!;

    /// <summary>Filled when no employer is chosen yet: the first step asks for one.</summary>
    public IReadOnlyList<SelectListItem> Employers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid studentId, Guid? opportunityId, Guid? employerId)
    {
        if (!await LoadStudentAsync(studentId))
        {
            return NotFound();
        }

        var viewer = User.ToViewer();
        PlacementTerms? terms = opportunityId is { } id
            ? await placements.TermsFromOpportunityAsync(id, viewer)
            : employerId is { } employer ? new PlacementTerms { EmployerId = employer } : null;
        if (opportunityId is not null && terms is null)
        {
            return NotFound();
        }

        if (terms is null || !await LoadEmployerAsync(terms.EmployerId))
        {
            var employers = await db.Employers.OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync();
            Employers = [.. employers.Select(e => new SelectListItem(e.Name, e.Id.ToString()))];
            return Page();
        }

        Input = PlacementInput.From(terms);
        Form = await PlacementChoices.FormAsync(Input, db, placements);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid studentId)
    {
        if (!await LoadStudentAsync(studentId) || !await LoadEmployerAsync(Input.EmployerId))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await placements.SetUpAsync(studentId, Input.ToTerms(), User.ToViewer(), User.ToActor());
            if (result.Missing)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData["Success"] = $"Placement set up for {Student.FullName}.";
                return RedirectToPage("/Placements/Detail", new { id = result.Id });
            }

            ModelState.AddErrors("Input", result);
        }

        Form = await PlacementChoices.FormAsync(Input, db, placements);
        return Page();
    }

    private async Task<bool> LoadStudentAsync(Guid studentId)
    {
        var viewer = User.ToViewer();
        var student = viewer.MayEdit()
            ? await scope.Students(viewer).AsNoTracking().SingleOrDefaultAsync(s => s.Id == studentId)
            : null;
        Student = student!;
        return student is not null;
    }

    private async Task<bool> LoadEmployerAsync(Guid employerId)
    {
        var name = await db.Employers.Where(e => e.Id == employerId).Select(e => e.Name).SingleOrDefaultAsync();
        EmployerName = name ?? "";
        return name is not null;
    }
}

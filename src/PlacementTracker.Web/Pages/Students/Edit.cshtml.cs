using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Students;

public class EditModel(StudentService students, AccessScope scope, PlacementDbContext db) : PageModel
{
    [BindProperty]
    public StudentInput Input { get; set; } = new();

    public StudentChoices Choices { get; private set; } = default!;

    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var student = await LoadAsync(id);
        if (student is null)
        {
            return NotFound();
        }

        Input = StudentInput.From(StudentDetails.From(student));
        Choices = await StudentChoices.LoadAsync(db, students);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var student = await LoadAsync(id);
        if (student is null)
        {
            return NotFound();
        }

        var result = ModelState.IsValid
            ? await students.EditAsync(id, Input.ToDetails(), User.ToViewer(), User.ToActor())
            : null;
        if (result is { NotFound: true })
        {
            return NotFound();
        }

        if (result is { Succeeded: true })
        {
            TempData["Success"] = "Student details saved.";
            return RedirectToPage("/Students/Detail", new { id });
        }

        if (result is { Conflict: true })
        {
            ModelState.AddConflict("this student");
            Input = StudentInput.From(StudentDetails.From(student));
        }

        ModelState.AddErrors("Input", result);
        Choices = await StudentChoices.LoadAsync(db, students);
        return Page();
    }

    private async Task<Student?> LoadAsync(Guid id)
    {
        var viewer = User.ToViewer();
        var student = viewer.MayEdit()
            ? await scope.Students(viewer).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id)
            : null;
        Name = student?.FullName ?? "";
        return student;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Students;

public class LearningModel(StudentService students, AccessScope scope) : PageModel
{
    public string Name { get; private set; } = "";

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? ProgressNotes { get; set; }

    [BindProperty]
    public string? PriorLearning { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var student = await LoadAsync(id);
        if (student is null)
        {
            return NotFound();
        }

        (Version, ProgressNotes, PriorLearning) = (student.Version, student.ProgressNotes, student.PriorLearning);
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
            ? await students.ChangeLearningAsync(id, ProgressNotes, PriorLearning, Version, User.ToViewer(),
                User.ToActor())
            : null;
        if (result is { Succeeded: true })
        {
            TempData["Success"] = "Learning progress and prior learning saved.";
            return RedirectToPage("/Students/Detail", new { id });
        }

        if (result is { Conflict: true })
        {
            ModelState.AddConflict("this student's notes");
            (Version, ProgressNotes, PriorLearning) = (student.Version, student.ProgressNotes, student.PriorLearning);
        }

        ModelState.AddErrors("", result);
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

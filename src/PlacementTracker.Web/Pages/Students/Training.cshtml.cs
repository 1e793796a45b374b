using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Students;

public class TrainingModel(StudentService students, AccessScope scope) : PageModel
{
    public Student Student { get; private set; } = default!;

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? What { get; set; }

    [BindProperty]
    public DateOnly? CompletedOn { get; set; }

    [BindProperty]
    public Guid TrainingId { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public Task<IActionResult> OnPostAddAsync(Guid id) =>
        SaveAsync(id, "Training added.", () =>
            students.AddTrainingAsync(id, What, CompletedOn, Version, User.ToViewer(), User.ToActor()));

    public Task<IActionResult> OnPostRemoveAsync(Guid id) =>
        SaveAsync(id, "Training removed.", () =>
            students.RemoveTrainingAsync(id, TrainingId, Version, User.ToViewer(), User.ToActor()));

    private async Task<IActionResult> SaveAsync(Guid id, string success, Func<Task<StudentSave>> save)
    {
        var result = ModelState.IsValid ? await save() : null;
        if (result is { NotFound: true } || !User.ToViewer().MayEdit())
        {
            return NotFound();
        }

        if (result is { Succeeded: true })
        {
            TempData["Success"] = success;
            return RedirectToPage(new { id });
        }

        if (result is { Conflict: true })
        {
            ModelState.AddConflict("this student's training");
        }

        ModelState.AddErrors("", result);
        return await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        var viewer = User.ToViewer();
        var student = viewer.MayEdit()
            ? await scope.Students(viewer)
                .AsNoTracking()
                .Include(s => s.Training)
                .SingleOrDefaultAsync(s => s.Id == id)
            : null;
        if (student is null)
        {
            return NotFound();
        }

        Student = student;
        Version = student.Version;
        return Page();
    }
}

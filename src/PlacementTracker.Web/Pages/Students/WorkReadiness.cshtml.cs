using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Students;

public class WorkReadinessModel(StudentService students, AccessScope scope) : PageModel
{
    public string Name { get; private set; } = "";

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public DateOnly? AssessedOn { get; set; }

    /// <summary>A level per progress-indicator area, in the order of <see cref="ProgressIndicators.Areas"/>.</summary>
    [BindProperty]
    public List<ProgressLevel?> Ratings { get; set; } = [];

    [BindProperty]
    public string? Notes { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var student = await LoadAsync(id);
        if (student is null)
        {
            return NotFound();
        }

        Fill(student);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var student = await LoadAsync(id);
        if (student is null)
        {
            return NotFound();
        }

        var ratings = ProgressIndicators.Areas
            .Select((area, i) => (area, level: i < Ratings.Count ? Ratings[i] : null))
            .Where(r => r.level is not null)
            .ToDictionary(r => r.area, r => r.level!.Value);
        var result = ModelState.IsValid
            ? await students.RecordWorkReadinessAsync(id, new WorkReadinessAssessment(AssessedOn, ratings, Notes),
                Version, User.ToViewer(), User.ToActor())
            : null;
        if (result is { Succeeded: true })
        {
            TempData["Success"] = "Work-readiness assessment saved.";
            return RedirectToPage("/Students/Detail", new { id });
        }

        if (result is { Conflict: true })
        {
            ModelState.AddConflict("this student's assessment");
            Fill(student);
        }

        ModelState.AddErrors("", result);
        return Page();
    }

    private void Fill(Student student)
    {
        Version = student.Version;
        AssessedOn = student.WorkReadinessAssessedOn;
        Notes = student.WorkReadinessNotes;
        Ratings = [.. ProgressIndicators.Areas
            .Select(area => student.WorkReadinessRatings.FirstOrDefault(r => r.Area == area)?.Level)];
    }

    private async Task<Student?> LoadAsync(Guid id)
    {
        var viewer = User.ToViewer();
        var student = viewer.MayEdit()
            ? await scope.Students(viewer)
                .AsNoTracking()
                .Include(s => s.WorkReadinessRatings)
                .SingleOrDefaultAsync(s => s.Id == id)
            : null;
        Name = student?.FullName ?? "";
        return student;
    }
}

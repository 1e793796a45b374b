using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Importing;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Students.Import;

/// <summary>
/// Imports students from the college's CSV export: check the file first, then upload it again to import it.
/// Only editors may use it; everyone else gets 404, as on the other student edit pages.
/// </summary>
[RequestSizeLimit(CsvUpload.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = CsvUpload.MaxRequestBytes)]
public class IndexModel(StudentImport import) : PageModel
{
    public ImportResult? Result { get; private set; }

    public bool Ready => Result is { IsValid: true, Applied: false };

    public IActionResult OnGet() => User.ToViewer().MayEdit() ? Page() : NotFound();

    public IActionResult OnGetTemplate() =>
        User.ToViewer().MayEdit()
            ? CsvUpload.Template(StudentImportFile.Template(), "students-template.csv")
            : NotFound();

    public Task<IActionResult> OnPostCheckAsync(IFormFile? upload) => RunAsync(upload, apply: false);

    public Task<IActionResult> OnPostImportAsync(IFormFile? upload) => RunAsync(upload, apply: true);

    private async Task<IActionResult> RunAsync(IFormFile? upload, bool apply)
    {
        var viewer = User.ToViewer();
        if (!viewer.MayEdit())
        {
            return NotFound();
        }

        var content = await CsvUpload.ReadAsync(upload, ModelState);
        if (content is null)
        {
            return Page();
        }

        Result = apply
            ? await import.ApplyAsync(content, viewer, User.ToActor())
            : await import.PreviewAsync(content, viewer);
        if (!Result.IsValid)
        {
            CsvUpload.AddProblems(Result, ModelState);
            return Page();
        }

        if (Result.Applied)
        {
            TempData["Success"] =
                $"{Result.Total} students imported: {Result.ToAdd} added, {Result.ToUpdate} updated.";
            return RedirectToPage("/Students/Index");
        }

        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Importing;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers.Import;

/// <summary>
/// Imports employers from a CSV file: check the file first, then upload it again to import it. Only those who
/// may edit employers can use it; everyone else, students included, gets 404 (see <see cref="PagesSetup"/>).
/// </summary>
[RequestSizeLimit(CsvUpload.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = CsvUpload.MaxRequestBytes)]
public class IndexModel(EmployerImport import) : PageModel
{
    public ImportResult? Result { get; private set; }

    public bool Ready => Result is { IsValid: true, Applied: false };

    public IActionResult OnGet() => User.ToViewer().EditsEmployers ? Page() : NotFound();

    public IActionResult OnGetTemplate() =>
        User.ToViewer().EditsEmployers
            ? CsvUpload.Template(EmployerImportFile.Template(), "employers-template.csv")
            : NotFound();

    public Task<IActionResult> OnPostCheckAsync(IFormFile? upload) => RunAsync(upload, apply: false);

    public Task<IActionResult> OnPostImportAsync(IFormFile? upload) => RunAsync(upload, apply: true);

    private async Task<IActionResult> RunAsync(IFormFile? upload, bool apply)
    {
        var viewer = User.ToViewer();
        if (!viewer.EditsEmployers)
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
                $"{Result.Total} employers imported: {Result.ToAdd} added, {Result.ToUpdate} updated.";
            return RedirectToPage("/Employers/Index");
        }

        return Page();
    }
}

using System.Text;
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
[RequestSizeLimit(MaxBytes + (256 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + (256 * 1024))]
public class IndexModel(StudentImport import) : PageModel
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public IFormFile? Upload { get; set; }

    public StudentImportResult? Result { get; private set; }

    public IActionResult OnGet() => User.ToViewer().MayEdit() ? Page() : NotFound();

    public IActionResult OnGetTemplate() =>
        User.ToViewer().MayEdit()
            ? File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(StudentImportFile.Template())).ToArray(),
                "text/csv", "students-template.csv")
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

        var content = upload is null ? null : await ReadAsync(upload);
        if (content is null)
        {
            return Page();
        }

        Result = apply
            ? await import.ApplyAsync(content, viewer, User.ToActor())
            : await import.PreviewAsync(content, viewer);
        if (!Result.IsValid)
        {
            ModelState.AddModelError(nameof(Upload), Result.Problems.Count == 1 && !Result.Problems[0].StartsWith("Row ", StringComparison.Ordinal)
                ? Result.Problems[0]
                : "The file has problems. Nothing has been imported. Fix them and upload the file again");
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

    private async Task<byte[]?> ReadAsync(IFormFile upload)
    {
        string? error = null;
        if (!string.Equals(Path.GetExtension(upload.FileName), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            error = "The selected file must be a CSV file";
        }
        else if (upload.Length == 0)
        {
            error = "The selected file is empty";
        }
        else if (upload.Length > MaxBytes)
        {
            error = "The selected file must be smaller than 5 MB";
        }

        if (error is not null)
        {
            ModelState.AddModelError(nameof(Upload), error);
            return null;
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Results;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Results;

/// <summary>
/// DfE's industry placement results upload for a cohort: what it would hold, who DfE would reject and why, and the
/// download. Coordinators and administrators only; everyone else gets 404.
/// </summary>
public class IndexModel(ResultsExport export) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Cohort { get; set; }

    /// <summary>Whether students whose placement is still to be completed go in the upload too.</summary>
    [BindProperty(SupportsGet = true)]
    public bool IncludeStillToBeCompleted { get; set; }

    public IReadOnlyList<string> Cohorts { get; private set; } = [];

    public ResultsExportPreview? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!User.ToViewer().MayEdit())
        {
            return NotFound();
        }

        Cohorts = await export.CohortsAsync(HttpContext.RequestAborted);
        if (Cohort is not null && Cohorts.Contains(Cohort))
        {
            Preview = await export.PreviewAsync(Cohort, IncludeStillToBeCompleted, HttpContext.RequestAborted);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync()
    {
        if (!User.ToViewer().MayEdit() || Cohort is null)
        {
            return NotFound();
        }

        var preview = await export.PreviewAsync(Cohort, IncludeStillToBeCompleted, HttpContext.RequestAborted);
        if (preview.Rows.Count == 0)
        {
            return NotFound();
        }

        var download = ResultsUploadFile.Build(preview.Rows, ResultsExport.FileNameFor(Cohort));
        return File(download.Content, download.ContentType, download.FileName);
    }

    public string DownloadLink() =>
        "/Results" + QueryString.Create(new Dictionary<string, string?>
        {
            ["handler"] = "Download",
            ["Cohort"] = Cohort,
            ["IncludeStillToBeCompleted"] = IncludeStillToBeCompleted ? "true" : "false",
        });
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Exports;
using PlacementTracker.Core.Results;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Results;

/// <summary>
/// The ILR work placement records of a cohort, one row per placement, for the college's MIS team. Coordinators and
/// administrators only; everyone else gets 404.
/// </summary>
public class WorkPlacementsModel(ResultsExport results, WorkPlacementExport export) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Cohort { get; set; }

    public IReadOnlyList<string> Cohorts { get; private set; } = [];

    public IReadOnlyList<WorkPlacementRow> Rows { get; private set; } = [];

    public IReadOnlyList<RejectedLearner> Rejected { get; private set; } = [];

    public bool Checked { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!User.ToViewer().MayEdit())
        {
            return NotFound();
        }

        Cohorts = await results.CohortsAsync(HttpContext.RequestAborted);
        if (Cohort is not null && Cohorts.Contains(Cohort))
        {
            (Rows, Rejected) = await export.PreviewAsync(Cohort, HttpContext.RequestAborted);
            Checked = true;
        }

        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync()
    {
        if (!User.ToViewer().MayEdit() || Cohort is null)
        {
            return NotFound();
        }

        var (rows, _) = await export.PreviewAsync(Cohort, HttpContext.RequestAborted);
        var name = ResultsExport.FileNameFor(Cohort).Replace("industry-placement-results", "ilr-work-placements",
            StringComparison.Ordinal);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.csv\"";
        await CsvExport.WriteAsync(Response.Body, WorkPlacementExport.Columns, rows, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    public string DownloadLink() =>
        "/Results/WorkPlacements" + QueryString.Create(
            new Dictionary<string, string?> { ["handler"] = "Download", ["Cohort"] = Cohort });
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Exports;
using PlacementTracker.Core.Monitoring;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Caseload;

/// <summary>
/// Every live placement the viewer may see, red first, with the reasons behind each status. A student sees only a
/// summary of their own placements.
/// </summary>
public class IndexModel(CaseloadLoader loader) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public RagStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public StatusReasonCode? Reason { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Pathway { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Employer { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tutor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cohort { get; set; }

    public Core.Monitoring.Caseload Result { get; private set; } = default!;

    public IReadOnlyList<CaseloadEntry> Rows { get; private set; } = [];

    public CaseloadChoices Choices { get; private set; } = default!;

    /// <summary>Students see their own summary, without filters.</summary>
    public bool IsStudentSummary { get; private set; }

    public int PageCount => Math.Max(1, (Result.Entries.Count + PageSize - 1) / PageSize);

    private CaseloadFilter Filter => new(Status, Reason, Pathway, Employer, Tutor, Cohort);

    public async Task OnGetAsync()
    {
        var viewer = User.ToViewer();
        IsStudentSummary = viewer.Is(Roles.Student) && !viewer.IsStaff && !viewer.Is(Roles.EmployerSupervisor);
        var all = await loader.EntriesAsync(loader.LivePlacements(viewer), HttpContext.RequestAborted);
        Result = Core.Monitoring.Caseload.From(all, IsStudentSummary ? new CaseloadFilter() : Filter);
        Choices = CaseloadChoices.From(all);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = [.. Result.Entries.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }

    /// <summary>The filtered caseload as CSV, most urgent first, every matching row.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        var caseload = await loader.LoadAsync(User.ToViewer(), Filter, HttpContext.RequestAborted);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"caseload.csv\"";
        await CsvExport.WriteAsync(Response.Body, CaseloadCsv.Columns, caseload.Entries, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    public string CsvLink() => Link("handler", "Csv");

    public string StatusLink(RagStatus status) => Link("Status", status.ToString());

    private string Link(string key, string value)
    {
        var query = Request.Query
            .Where(q => q.Key is not ("pageNumber" or "handler") && q.Key != key)
            .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))
            .Append(new KeyValuePair<string, string?>(key, value));
        return "/Caseload" + QueryString.Create(query);
    }
}

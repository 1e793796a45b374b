using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Exports;
using PlacementTracker.Core.Settings;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers;

public class IndexModel(AccessScope scope, ProviderSettingsStore settings, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    private static readonly CsvColumn<EmployerRow>[] Columns =
    [
        CsvColumn.Text<EmployerRow>("Reference", r => r.Reference),
        CsvColumn.Text<EmployerRow>("Name", r => r.Name),
        CsvColumn.Text<EmployerRow>("Sector", r => r.Sector),
        CsvColumn.Text<EmployerRow>("Town", r => r.Town),
        CsvColumn.Number<EmployerRow>("Expired checks", r => r.Expired),
        CsvColumn.Number<EmployerRow>("Checks expiring soon", r => r.ExpiringSoon),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    /// <summary>Only employers with an expired check or one expiring soon.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Flagged { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public IReadOnlyList<EmployerRow> Rows { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string CsvLink => QueryString.Create(Request.Query
        .Where(q => q.Key is not ("pageNumber" or "handler"))
        .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))
        .Append(new("handler", "Csv"))).ToString();

    public async Task OnGetAsync()
    {
        CanEdit = User.ToViewer().EditsEmployers;
        var rows = await RowsAsync();
        Total = await rows.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await rows.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var rows = await (await RowsAsync()).ToListAsync();
        var output = new MemoryStream();
        await CsvExport.WriteAsync(output, Columns, rows);
        return File(output.ToArray(), "text/csv; charset=utf-8", "employers.csv");
    }

    private async Task<IQueryable<EmployerRow>> RowsAsync()
    {
        var today = DueDiligenceRules.Today(clock);
        var soon = today.AddDays((await settings.GetAsync()).DueDiligenceWarningDays);
        var employers = scope.Employers(User.ToViewer());
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim().ToLowerInvariant();

            // ToLower here becomes SQL lower() on both databases; culture and comparison overloads do not translate.
#pragma warning disable CA1304, CA1311, CA1862
            employers = employers.Where(e =>
                e.Name.ToLower().Contains(term)
                || e.Reference.ToLower().Contains(term)
                || e.Sites.Any(s => s.Town.ToLower().Contains(term)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (Flagged)
        {
            employers = employers.Where(e => e.DueDiligenceChecks.Any(c => c.ExpiresOn <= soon));
        }

        return employers
            .OrderBy(e => e.Name)
            .ThenBy(e => e.Reference)
            .Select(e => new EmployerRow(
                e.Id,
                e.Reference,
                e.Name,
                e.Sector,
                e.Sites.OrderBy(s => s.Name).Select(s => s.Town).FirstOrDefault(),
                e.DueDiligenceChecks.Count(c => c.ExpiresOn < today),
                e.DueDiligenceChecks.Count(c => c.ExpiresOn >= today && c.ExpiresOn <= soon)));
    }

    public sealed record EmployerRow(
        Guid Id,
        string Reference,
        string Name,
        string? Sector,
        string? Town,
        int Expired,
        int ExpiringSoon);
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Exports;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Opportunities;

public class IndexModel(AccessScope scope, PlacementDbContext db) : PageModel
{
    public const int PageSize = 25;

    private static readonly CsvColumn<OpportunityRow>[] Columns =
    [
        CsvColumn.Text<OpportunityRow>("Role title", r => r.RoleTitle),
        CsvColumn.Text<OpportunityRow>("Employer reference", r => r.EmployerReference),
        CsvColumn.Text<OpportunityRow>("Employer", r => r.EmployerName),
        CsvColumn.Text<OpportunityRow>("Status", r => r.Status.ToString()),
        CsvColumn.Number<OpportunityRow>("Places", r => r.Places),
        CsvColumn.Date<OpportunityRow>("Start from", r => r.StartFrom),
        CsvColumn.Date<OpportunityRow>("Start by", r => r.StartTo),
    ];

    [BindProperty(SupportsGet = true)]
    public OpportunityStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Specialism { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public IReadOnlyList<OpportunityRow> Rows { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Specialisms { get; private set; } = [];

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string CsvLink => QueryString.Create(Request.Query
        .Where(q => q.Key is not ("pageNumber" or "handler"))
        .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))
        .Append(new("handler", "Csv"))).ToString();

    public async Task OnGetAsync()
    {
        Specialisms = (await db.Specialisms.OrderBy(s => s.Name).Select(s => new { s.Code, s.Name }).ToListAsync())
            .Select(s => (s.Code, s.Name))
            .ToList();
        var rows = Filtered();
        Total = await rows.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await rows.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var output = new MemoryStream();
        await CsvExport.WriteAsync(output, Columns, await Filtered().ToListAsync());
        return File(output.ToArray(), "text/csv; charset=utf-8", "opportunities.csv");
    }

    private IQueryable<OpportunityRow> Filtered()
    {
        var opportunities = scope.Opportunities(User.ToViewer());
        if (Status is { } status)
        {
            opportunities = opportunities.Where(o => o.Status == status);
        }

        if (!string.IsNullOrEmpty(Specialism))
        {
            opportunities = opportunities.Where(o => o.Specialisms.Any(s => s.SpecialismCode == Specialism));
        }

        return opportunities
            .OrderBy(o => o.RoleTitle)
            .ThenBy(o => o.Employer!.Name)
            .Select(o => new OpportunityRow(o.Id, o.RoleTitle, o.Employer!.Reference, o.Employer.Name, o.Status,
                o.Places, o.StartFrom, o.StartTo));
    }

    public sealed record OpportunityRow(
        Guid Id,
        string RoleTitle,
        string EmployerReference,
        string EmployerName,
        OpportunityStatus Status,
        int Places,
        DateOnly? StartFrom,
        DateOnly? StartTo);
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Exports;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Students;

public class IndexModel(StudentSearch search, StudentService students, PlacementDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Pathway { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tutor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public int Total { get; private set; }

    public IReadOnlyList<StudentListRow> Rows { get; private set; } = [];

    public IReadOnlyList<(string Value, string Text)> Pathways { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Tutors { get; private set; } = [];

    public bool ShowsStaffColumns { get; private set; }

    public bool MayAdd { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    private StudentFilter Filter => new(Text, Pathway, Tutor, Status);

    public async Task OnGetAsync()
    {
        var viewer = User.ToViewer();
        ShowsStaffColumns = viewer.IsStaff;
        MayAdd = viewer.MayEdit();
        Total = await search.CountAsync(viewer, Filter);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await search.Find(viewer, Filter)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync();
        Pathways = [.. (await db.Pathways.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.CoreCode).ToListAsync())
            .Select(p => (p.CoreCode, $"{p.Name} ({p.CoreCode})"))];
        Tutors = ShowsStaffColumns ? await students.TutorsAsync() : [];
    }

    /// <summary>The filtered list as CSV: every matching row, with only the columns this viewer may see.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        var viewer = User.ToViewer();
        var rows = await search.Find(viewer, Filter).ToListAsync();
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"students.csv\"";
        await CsvExport.WriteAsync(Response.Body, StudentCsv.ColumnsFor(viewer), rows, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    public string CsvLink()
    {
        var query = Request.Query
            .Where(q => q.Key is not ("pageNumber" or "handler"))
            .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))
            .Append(new KeyValuePair<string, string?>("handler", "Csv"));
        return "/Students" + QueryString.Create(query);
    }

    public static IReadOnlyList<(string Value, string Text)> Statuses { get; } =
    [
        (StudentFilter.NoPlacement, "No placement yet"),
        .. Enum.GetValues<PlacementStatus>().Select(s => (s.ToString(), StatusText.For(s))),
    ];
}

/// <summary>The columns of the students CSV. Restricted SEND data is never among them.</summary>
public static class StudentCsv
{
    public static IReadOnlyList<CsvColumn<StudentListRow>> ColumnsFor(Viewer viewer)
    {
        var status = CsvColumn.Text<StudentListRow>(
            "Placement status",
            r => r.LatestPlacementStatus is { } s ? StatusText.For(s) : "No placement yet");
        if (!viewer.SeesFullRecord())
        {
            return
            [
                CsvColumn.Text<StudentListRow>("ULN", r => r.Uln),
                CsvColumn.Text<StudentListRow>("Given name", r => r.GivenName),
                CsvColumn.Text<StudentListRow>("Family name", r => r.FamilyName),
                CsvColumn.Text<StudentListRow>("Occupational specialism", r => r.SpecialismName),
                CsvColumn.Text<StudentListRow>("Cohort", r => r.Cohort),
                CsvColumn.Date<StudentListRow>("Expected end date", r => r.ExpectedEndDate),
                status,
            ];
        }

        return
        [
            CsvColumn.Text<StudentListRow>("ULN", r => r.Uln),
            CsvColumn.Text<StudentListRow>("Student number", r => r.StudentNumber),
            CsvColumn.Text<StudentListRow>("Given name", r => r.GivenName),
            CsvColumn.Text<StudentListRow>("Family name", r => r.FamilyName),
            CsvColumn.Date<StudentListRow>("Date of birth", r => r.DateOfBirth),
            CsvColumn.Text<StudentListRow>("Email", r => r.Email),
            CsvColumn.Text<StudentListRow>("Core code", r => r.CoreCode),
            CsvColumn.Text<StudentListRow>("Occupational specialism", r => r.SpecialismName),
            CsvColumn.Text<StudentListRow>("Cohort", r => r.Cohort),
            CsvColumn.Date<StudentListRow>("Expected end date", r => r.ExpectedEndDate),
            CsvColumn.Text<StudentListRow>("Tutor", r => r.TutorName),
            CsvColumn.Text<StudentListRow>("Home postcode", r => r.Postcode),
            status,
        ];
    }
}

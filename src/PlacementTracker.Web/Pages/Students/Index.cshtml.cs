using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Students;

public class IndexModel(AccessScope scope) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public IReadOnlyList<StudentRow> Rows { get; private set; } = [];

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        var students = scope.Students(User.ToViewer());
        Total = await students.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await students
            .OrderBy(s => s.FamilyName)
            .ThenBy(s => s.GivenName)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(s => new StudentRow(s.Id, s.GivenName + " " + s.FamilyName, s.Uln, s.StudentNumber, s.Cohort))
            .ToListAsync();
    }

    public sealed record StudentRow(Guid Id, string Name, string Uln, string StudentNumber, string Cohort);
}

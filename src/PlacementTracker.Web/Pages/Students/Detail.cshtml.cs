using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Students;

public class DetailModel(AccessScope scope, PlacementDbContext db) : PageModel
{
    public Student Student { get; private set; } = default!;

    public string SpecialismName { get; private set; } = "";

    public int RequiredHours { get; private set; }

    public IReadOnlyList<PlacementRow> Placements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var viewer = User.ToViewer();
        var student = await scope.Students(viewer).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (student is null)
        {
            return NotFound();
        }

        Student = student;
        var specialism = await db.Specialisms.AsNoTracking().SingleAsync(s => s.Code == student.SpecialismCode);
        (SpecialismName, RequiredHours) = (specialism.Name, specialism.RequiredHours);
        Placements = await scope.Placements(viewer)
            .Where(p => p.StudentId == id)
            .OrderBy(p => p.PlannedStart)
            .Select(p => new PlacementRow(p.Employer!.Name, p.RoleTitle, p.Status, p.PlannedStart, p.PlannedEnd,
                p.PlannedHours))
            .ToListAsync();
        return Page();
    }

    public sealed record PlacementRow(
        string EmployerName,
        string RoleTitle,
        PlacementStatus Status,
        DateOnly PlannedStart,
        DateOnly PlannedEnd,
        int PlannedHours);
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Opportunities;

public class DetailModel(AccessScope scope, PlacementDbContext db) : PageModel
{
    public Opportunity Opportunity { get; private set; } = default!;

    public IReadOnlyList<string> SpecialismNames { get; private set; } = [];

    public string? SiteName { get; private set; }

    public bool CanEdit { get; private set; }

    public bool IsStaff { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var viewer = User.ToViewer();
        var opportunity = await scope.Opportunities(viewer)
            .AsNoTracking()
            .Include(o => o.Employer)
            .Include(o => o.Specialisms)
            .SingleOrDefaultAsync(o => o.Id == id);
        if (opportunity is null)
        {
            return NotFound();
        }

        Opportunity = opportunity;
        (CanEdit, IsStaff) = (viewer.EditsEmployers, viewer.IsStaff);
        var codes = opportunity.Specialisms.Select(s => s.SpecialismCode).ToList();
        SpecialismNames = await db.Specialisms.Where(s => codes.Contains(s.Code)).Select(s => s.Name).ToListAsync();
        SiteName = await db.EmployerSites
            .Where(s => s.Id == opportunity.EmployerSiteId)
            .Select(s => s.Name + ", " + s.Town)
            .SingleOrDefaultAsync();
        return Page();
    }
}

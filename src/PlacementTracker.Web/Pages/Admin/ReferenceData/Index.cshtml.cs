using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.ReferenceData;

namespace PlacementTracker.Web.Pages.Admin.ReferenceData;

public class IndexModel(PlacementDbContext db) : PageModel
{
    public IReadOnlyList<Core.ReferenceData.Route> Routes { get; private set; } = [];

    public IReadOnlyList<SpecialConsiderationReason> Reasons { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Routes = await db.Routes
            .AsNoTracking()
            .Include(r => r.Pathways)
            .ThenInclude(p => p.Specialisms)
            .OrderBy(r => r.Id)
            .AsSplitQuery()
            .ToListAsync();
        Reasons = await db.SpecialConsiderationReasons.AsNoTracking().OrderBy(r => r.Code).ToListAsync();
    }
}

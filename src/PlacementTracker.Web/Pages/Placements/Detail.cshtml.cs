using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements;

/// <summary>A placement's student, employer, terms and status history, for anyone who can see the placement.</summary>
public class DetailModel(AccessScope scope, PlacementDbContext db) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public string? SiteName { get; private set; }

    public string? SupervisorName { get; private set; }

    public bool MayEdit { get; private set; }

    public IReadOnlyList<PlacementStatusChange> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var viewer = User.ToViewer();
        var placement = await scope.Placements(viewer)
            .AsNoTracking()
            .Include(p => p.Student)
            .Include(p => p.Employer)
            .SingleOrDefaultAsync(p => p.Id == id);
        if (placement is null)
        {
            return NotFound();
        }

        (Placement, MayEdit) = (placement, viewer.MayEdit());
        SiteName = await db.EmployerSites
            .Where(s => s.Id == placement.EmployerSiteId)
            .Select(s => s.Name + ", " + s.AddressLine1 + ", " + s.Town + " " + s.Postcode)
            .SingleOrDefaultAsync();
        SupervisorName = await db.Users
            .Where(u => u.Id == placement.SupervisorUserId)
            .Select(u => u.DisplayName)
            .SingleOrDefaultAsync();
        History = (await db.PlacementStatusChanges.AsNoTracking().Where(c => c.PlacementId == id).ToListAsync())
            .OrderBy(c => c.ChangedAtUtc)
            .ToList();
        return Page();
    }

    public static string Days(WorkingDays days) => string.Join(", ", PlacementInput.Days.Where(d => days.HasFlag(d)));
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Monitoring;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Timeline;

/// <summary>The story of a placement on one page, with its status today, for anyone who can see it.</summary>
public class IndexModel(AccessScope scope, CaseloadLoader loader, PlacementTimeline timeline) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public CaseloadEntry? Status { get; private set; }

    public IReadOnlyList<TimelineEvent> Events { get; private set; } = [];

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

        Placement = placement;
        if (PlacementStatusEngine.Live.Contains(placement.Status))
        {
            Status = await loader.ForPlacementAsync(viewer, id, HttpContext.RequestAborted);
        }

        Events = await timeline.ForAsync(id, HttpContext.RequestAborted);
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Timesheets;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Hours;

/// <summary>A placement's weeks with where each timesheet stands and the hours recorded in it.</summary>
public class IndexModel(TimesheetService timesheets) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public IReadOnlyList<WeekSummary> Weeks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var placement = await timesheets.FindPlacementAsync(id, User.ToViewer());
        if (placement is null)
        {
            return NotFound();
        }

        Placement = placement;
        Weeks = await timesheets.WeeksAsync(placement);
        return Page();
    }
}

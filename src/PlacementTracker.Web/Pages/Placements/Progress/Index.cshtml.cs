using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Timesheets;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Progress;

/// <summary>
/// Counted hours against required hours for the placement and the industry placement as a whole, by kind, with
/// the hours expected by today, the projected completion date, and a chart of planned against counted hours.
/// </summary>
public class IndexModel(TimesheetService timesheets, ProgressService progress) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public IndustryPlacementProgress Progress { get; private set; } = default!;

    public PlacementProgress? ThisPlacement { get; private set; }

    public IReadOnlyList<ProgressWeek> Weeks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var placement = await timesheets.FindPlacementAsync(id, User.ToViewer());
        if (placement is null)
        {
            return NotFound();
        }

        Placement = placement;
        Progress = await progress.ForIndustryPlacementAsync(placement.IndustryPlacementId);
        ThisPlacement = Progress.For(placement.Id);
        Weeks = await progress.WeeksAsync(placement, Progress);
        return Page();
    }

    public static string Projected(Projection projection) => projection switch
    {
        { Reached: true } => "Reached",
        { Date: { } date } => TimeRules.Words(date),
        _ => "Not yet known",
    };
}

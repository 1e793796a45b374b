using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Logbook;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Logbook;

/// <summary>The student's logbook, newest entry first, for everyone who may see the placement.</summary>
public class IndexModel(AccessScope scope, LogbookService logbook) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public IReadOnlyList<LogbookEntry> Entries { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var placement = await LogbookPlacement.FindAsync(scope, User, id);
        if (placement is null)
        {
            return NotFound();
        }

        Placement = placement;
        CanWrite = User.ToViewer().WritesLogbook(placement.Student!);
        Entries = await logbook.ListAsync(id);
        return Page();
    }
}

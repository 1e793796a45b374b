using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Documents;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Web.Pages.Placements.Achievements;

/// <summary>The student's achievements on the placement, in sentences for a CV, for everyone who may see it.</summary>
public class IndexModel(AchievementsDocument achievements) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public PrintedDocument Document { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await achievements.BuildAsync(User, id) is not { } built)
        {
            return NotFound();
        }

        (Placement, Document) = built;
        return Page();
    }
}

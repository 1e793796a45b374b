using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Matching;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Opportunities;

/// <summary>
/// Students without a current placement, among those the member of staff can see, ranked for an opportunity.
/// The reasons never include SEND details.
/// </summary>
public class MatchesModel(MatchFinder matches) : PageModel
{
    public OpportunityProfile Opportunity { get; private set; } = default!;

    public IReadOnlyList<Suggestion<StudentProfile>> Suggestions { get; private set; } = [];

    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var viewer = User.ToViewer();
        var found = viewer.IsStaff ? await matches.ForOpportunityAsync(id, viewer) : null;
        if (found is not { } result)
        {
            return NotFound();
        }

        (Opportunity, Suggestions, MayEdit) = (result.Opportunity, result.Suggestions, viewer.MayEdit());
        return Page();
    }
}

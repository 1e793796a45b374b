using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Matching;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Students;

/// <summary>Open opportunities ranked for a student, each with the reasons for its place in the list.</summary>
public class MatchesModel(MatchFinder matches) : PageModel
{
    public StudentProfile Student { get; private set; } = default!;

    public IReadOnlyList<Suggestion<OpportunityProfile>> Suggestions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var viewer = User.ToViewer();
        var found = viewer.MayEdit() ? await matches.ForStudentAsync(id, viewer) : null;
        if (found is not { } result)
        {
            return NotFound();
        }

        (Student, Suggestions) = result;
        return Page();
    }
}

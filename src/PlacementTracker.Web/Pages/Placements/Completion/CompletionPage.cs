using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Completion;

/// <summary>
/// A page about one placement's completion. Anyone who may see the placement may see it; for anyone else the
/// placement is not found.
/// </summary>
public abstract class CompletionPage(CompletionReviewService reviews) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public CompletionReview? Review { get; private set; }

    protected Viewer Viewer => User.ToViewer();

    protected CompletionReviewService Reviews => reviews;

    /// <summary>Loads the placement and its completion review; false when the viewer may not see it.</summary>
    protected async Task<bool> LoadAsync(Guid id)
    {
        if (await reviews.FindPlacementAsync(id, Viewer) is not { } placement)
        {
            return false;
        }

        (Placement, Review) = (placement, await reviews.GetAsync(id));
        return true;
    }

    /// <summary>Copies a refused change's messages into the model state, prefixed for the form's fields.</summary>
    protected static void AddErrors(ModelStateDictionary modelState, CompletionResult result, string prefix = "")
    {
        if (result.Conflict)
        {
            modelState.AddConflict("this completion review");
        }

        foreach (var (field, message) in result.Errors)
        {
            modelState.AddModelError(field.Length == 0 ? "" : prefix + field, message);
        }
    }
}

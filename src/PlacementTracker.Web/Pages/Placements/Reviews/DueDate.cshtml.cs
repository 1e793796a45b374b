using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Reviews;

/// <summary>Moves a review's due date. Coordinators and administrators only.</summary>
public class DueDateModel(AccessScope scope, ReviewService reviews) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public Review Review { get; private set; } = default!;

    [BindProperty]
    public DateOnly? DueOn { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid reviewId)
    {
        if (!await LoadAsync(id, reviewId))
        {
            return NotFound();
        }

        (DueOn, Version) = (Review.DueOn, Review.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid reviewId)
    {
        if (!await LoadAsync(id, reviewId))
        {
            return NotFound();
        }

        var result = await reviews.MoveDueDateAsync(id, reviewId, DueOn, Version, User.ToActor());
        if (result.Succeeded)
        {
            TempData["Success"] = "Due date moved.";
            return Redirect($"/Placements/{id}/Reviews/{reviewId}");
        }

        if (result.Conflict)
        {
            ModelState.AddConflict("this review");
            await LoadAsync(id, reviewId);
            (DueOn, Version) = (Review.DueOn, Review.Version);
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, Guid reviewId)
    {
        if (!User.ToViewer().MovesReviewDates()
            || await ReviewPages.FindAsync(scope, reviews, User, id, reviewId) is not { } found)
        {
            return false;
        }

        (Placement, Review) = found;
        return true;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Reviews;

/// <summary>
/// A placement's reviews with their due and held dates; staff and the supervisor add informal reviews.
/// </summary>
public class IndexModel(AccessScope scope, ReviewService reviews) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public IReadOnlyList<Review> Reviews { get; private set; } = [];

    public DateOnly Today => reviews.Today;

    public bool CanAdd { get; private set; }

    [BindProperty]
    public DateOnly? DueOn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        DueOn = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id) || !CanAdd)
        {
            return NotFound();
        }

        var (result, reviewId) = await reviews.AddInformalAsync(id, DueOn, User.ToActor());
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        if (reviewId is null)
        {
            return Page();
        }

        TempData["Success"] = "Informal review added.";
        return Redirect($"/Placements/{id}/Reviews/{reviewId}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var placement = await ReviewPages.FindPlacementAsync(scope, User, id);
        if (placement is null)
        {
            return false;
        }

        Placement = placement;
        CanAdd = User.ToViewer().AddsInformalReviews(placement, placement.Student!);
        Reviews = await reviews.ListAsync(id);
        return true;
    }
}

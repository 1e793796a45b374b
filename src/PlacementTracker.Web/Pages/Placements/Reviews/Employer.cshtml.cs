using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Reviews;

/// <summary>
/// The employer's part of a review: the supervisor's feedback and ratings. The placement's supervisor only.
/// </summary>
public class EmployerModel(AccessScope scope, ReviewService reviews, ProgressIndicatorFramework framework) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public Review Review { get; private set; } = default!;

    public CurrentFramework Framework { get; private set; } = new([], []);

    [BindProperty]
    public EmployerPartInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid reviewId)
    {
        if (!await LoadAsync(id, reviewId))
        {
            return NotFound();
        }

        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid reviewId)
    {
        if (!await LoadAsync(id, reviewId))
        {
            return NotFound();
        }

        var result = await reviews.SaveEmployerPartAsync(id, reviewId, Version, Input, User.ToActor());
        if (result.Succeeded)
        {
            TempData["Success"] = "Your part of the review is saved.";
            return Redirect($"/Placements/{id}/Reviews/{reviewId}");
        }

        if (result.Conflict)
        {
            ModelState.AddConflict("this review");
            await LoadAsync(id, reviewId);
            Fill();
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field.Length == 0 ? "" : $"{nameof(Input)}.{field}", message);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, Guid reviewId)
    {
        if (await ReviewPages.FindAsync(scope, reviews, User, id, reviewId) is not { } found
            || !User.ToViewer().WritesEmployerPart(found.Placement))
        {
            return false;
        }

        (Placement, Review) = found;
        Framework = await framework.CurrentAsync();
        return true;
    }

    private void Fill()
    {
        Version = Review.Version;
        Input = new EmployerPartInput
        {
            EmployerFeedback = Review.EmployerFeedback,
            Ratings =
            [
                .. Framework.Areas.Select(a => new RatingInput
                {
                    AreaId = a.Id,
                    LevelId = Review.Ratings.FirstOrDefault(r => r.AreaId == a.Id)?.LevelId,
                }),
            ],
        };
    }
}

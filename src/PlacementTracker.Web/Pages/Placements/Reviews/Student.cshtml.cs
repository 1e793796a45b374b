using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Reviews;

/// <summary>The student's own part of a review, which they can write before it is held. The student only.</summary>
public class StudentModel(AccessScope scope, ReviewService reviews) : PageModel
{
    public const string Hint = "What has gone well, what you have found hard, and what you would like help with. "
        + "You can write this before the review.";

    public Placement Placement { get; private set; } = default!;

    public Review Review { get; private set; } = default!;

    [BindProperty]
    public string? StudentFeedback { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid reviewId)
    {
        if (!await LoadAsync(id, reviewId))
        {
            return NotFound();
        }

        (StudentFeedback, Version) = (Review.StudentFeedback, Review.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid reviewId)
    {
        if (!await LoadAsync(id, reviewId))
        {
            return NotFound();
        }

        var result = await reviews.SaveStudentPartAsync(id, reviewId, Version, StudentFeedback, User.ToActor());
        if (result.Succeeded)
        {
            TempData["Success"] = "Your part of the review is saved.";
            return Redirect($"/Placements/{id}/Reviews/{reviewId}");
        }

        if (result.Conflict)
        {
            ModelState.AddConflict("this review");
            await LoadAsync(id, reviewId);
            (StudentFeedback, Version) = (Review.StudentFeedback, Review.Version);
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, Guid reviewId)
    {
        if (await ReviewPages.FindAsync(scope, reviews, User, id, reviewId) is not { } found
            || !User.ToViewer().WritesStudentPart(found.Placement.Student!))
        {
            return false;
        }

        (Placement, Review) = found;
        return true;
    }
}

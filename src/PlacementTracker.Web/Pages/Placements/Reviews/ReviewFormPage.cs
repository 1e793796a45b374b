using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Reviews;

/// <summary>
/// A form that changes one review: who may open it, what it shows, how it saves. Loading, the 404 for anyone out of
/// reach, the stale-edit check and the error messages are the same for every part of a review, so they live here.
/// </summary>
public abstract class ReviewFormPage(AccessScope scope, ReviewService reviews) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public Review Review { get; private set; } = default!;

    [BindProperty]
    public uint Version { get; set; }

    protected ReviewService Reviews => reviews;

    /// <summary>What the form changes, for the message when someone else changed it first.</summary>
    protected virtual string ConflictSubject => "this review";

    /// <summary>The bound property the service's field names belong to, or empty when they are top-level.</summary>
    protected virtual string FieldPrefix => "";

    protected abstract string SavedMessage { get; }

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

        var result = await SaveAsync(id, reviewId, User.ToActor());
        if (result.Succeeded)
        {
            TempData["Success"] = SavedMessage;
            return Redirect($"/Placements/{id}/Reviews/{reviewId}");
        }

        if (result.Conflict)
        {
            // Show what is stored now, so the person sees the other change before trying again.
            ModelState.AddConflict(ConflictSubject);
            await LoadAsync(id, reviewId);
            Fill();
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(
                field.Length == 0 || FieldPrefix.Length == 0 ? field : $"{FieldPrefix}.{field}", message);
        }

        return Page();
    }

    /// <summary>Whether this person may use the form on this placement; false gives them a 404.</summary>
    protected abstract bool MayUse(Viewer viewer, Placement placement);

    /// <summary>Anything else the form shows, loaded once the placement and review are known to be in reach.</summary>
    protected virtual Task LoadMoreAsync(Guid id) => Task.CompletedTask;

    /// <summary>Puts the stored review into the form, including <see cref="Version"/>.</summary>
    protected abstract void Fill();

    protected abstract Task<EditResult> SaveAsync(Guid id, Guid reviewId, Actor actor);

    private async Task<bool> LoadAsync(Guid id, Guid reviewId)
    {
        if (await ReviewPages.FindAsync(scope, reviews, User, id, reviewId) is not { } found
            || !MayUse(User.ToViewer(), found.Placement))
        {
            return false;
        }

        (Placement, Review) = found;
        await LoadMoreAsync(id);
        return true;
    }
}

using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Completion;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Completion;

/// <summary>Check your answers before signing: the exact declaration, then a Sign button that posts its hash.</summary>
public class SignModel(CompletionReviewService reviews, DeclarationService declarations, ILogger<SignModel> logger)
    : CompletionPage(reviews)
{
    public DeclarationView Declaration { get; private set; } = default!;

    public SignerCapacity Capacity { get; private set; }

    [BindProperty]
    public string ContentHash { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, SignerCapacity capacity)
    {
        if (!await FindAsync(id, capacity))
        {
            return NotFound();
        }

        ContentHash = Declaration.Current.ContentHash;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, SignerCapacity capacity)
    {
        if (!await FindAsync(id, capacity))
        {
            return NotFound();
        }

        var outcome = await declarations.SignAsync(id, capacity, ContentHash, Viewer, User.ToActor());
        if (outcome is DeclarationOutcome.Done or DeclarationOutcome.AlreadySigned)
        {
            logger.LogInformation(
                "Completion declaration of placement {PlacementId} signed as {Capacity}", id, capacity);
            TempData["Success"] = "You signed the completion declaration.";
            return RedirectToPage("Index", new { id });
        }

        logger.LogWarning("Completion declaration signature on {PlacementId} refused: {Outcome}", id, outcome);
        await FindAsync(id, capacity);
        ModelState.Remove(nameof(ContentHash));
        ContentHash = Declaration.Current.ContentHash;
        ModelState.AddModelError("", outcome switch
        {
            DeclarationOutcome.ContentChanged => DeclarationService.ChangedMessage,
            DeclarationOutcome.Locked => RecordLock.LockedMessage,
            _ => "The completion conditions no longer hold. Check them on the completion page",
        });
        return Page();
    }

    private async Task<bool> FindAsync(Guid id, SignerCapacity capacity)
    {
        if (!await LoadAsync(id)
            || !DeclarationService.CapacitiesFor(Viewer, Placement).Contains(capacity)
            || await declarations.GetAsync(id) is not { Declaration: { } declaration })
        {
            return false;
        }

        (Declaration, Capacity) = (declaration, capacity);
        return true;
    }
}

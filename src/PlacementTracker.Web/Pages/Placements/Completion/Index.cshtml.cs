using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Completion;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Completion;

/// <summary>
/// Completion of one placement: the completion review, the declaration's conditions each met or not, the
/// declaration and its signatures, and for coordinators generating it and reopening a locked record.
/// </summary>
public class IndexModel(CompletionReviewService reviews, DeclarationService declarations, ILogger<IndexModel> logger)
    : CompletionPage(reviews)
{
    public DeclarationState State { get; private set; } = default!;

    public IReadOnlyList<SignerCapacity> MaySignAs { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await FillAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGenerateAsync(Guid id)
    {
        if (!Viewer.ManagesCompletion() || !await FillAsync(id))
        {
            return NotFound();
        }

        var outcome = await declarations.GenerateAsync(id, Viewer, User.ToActor());
        switch (outcome)
        {
            case DeclarationOutcome.Done:
                TempData["Success"] = "Completion declaration generated.";
                return RedirectToPage(new { id });
            case DeclarationOutcome.Locked:
                ModelState.AddModelError("", RecordLock.LockedMessage);
                break;
            default:
                logger.LogWarning("Completion declaration for placement {PlacementId} refused: conditions unmet", id);
                // One message per unmet condition, each linked to its row in the list of conditions.
                var conditions = State.Facts.Conditions().Select((c, i) => (Condition: c, Index: i));
                foreach (var (condition, index) in conditions.Where(x => !x.Condition.Met))
                {
                    ModelState.AddModelError($"condition-{index}", $"{condition.Name}: {condition.Detail}");
                }

                break;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostReopenAsync(Guid id)
    {
        if (!Viewer.ManagesCompletion() || !await FillAsync(id))
        {
            return NotFound();
        }

        var result = await declarations.ReopenAsync(id, Reason, Viewer, User.ToActor());
        if (!result.Succeeded)
        {
            AddErrors(ModelState, result);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        logger.LogInformation("Completion record of placement {PlacementId} reopened", id);
        TempData["Success"] = "The record is reopened. The declaration must be signed again.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> FillAsync(Guid id)
    {
        if (!await LoadAsync(id) || await declarations.GetAsync(id) is not { } state)
        {
            return false;
        }

        State = state;
        MaySignAs = state.Declaration is { } d && !state.IsLocked
            ? [.. DeclarationService.CapacitiesFor(Viewer, Placement).Where(c => d.SignatureAs(c) is null)]
            : [];
        return true;
    }
}

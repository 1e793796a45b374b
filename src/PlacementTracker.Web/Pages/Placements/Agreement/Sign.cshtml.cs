using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Agreements;

namespace PlacementTracker.Web.Pages.Placements.Agreement;

/// <summary>Check your answers before signing: the exact agreement, then a Sign button that posts its hash.</summary>
public class SignModel(AccessScope scope, AgreementService agreements, ILogger<SignModel> logger)
    : AgreementPage(scope)
{
    public AgreementView Agreement { get; private set; } = default!;

    public SignerCapacity Capacity { get; private set; }

    /// <summary>The hash of the agreement the signer was shown.</summary>
    [BindProperty]
    public string ContentHash { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, SignerCapacity capacity)
    {
        if (await LoadAsync(id, capacity) is { } refused)
        {
            return refused;
        }

        ContentHash = Agreement.Current.ContentHash;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, SignerCapacity capacity)
    {
        if (await LoadAsync(id, capacity) is { } refused)
        {
            return refused;
        }

        var outcome = await agreements.SignAsync(id, capacity, ContentHash, Viewer);
        switch (outcome)
        {
            case SignOutcome.ContentChanged:
                logger.LogWarning("Signature on placement {PlacementId} refused: the agreement changed", id);
                await LoadAsync(id, capacity);
                ModelState.Remove(nameof(ContentHash));
                ModelState.AddModelError("", AgreementService.ChangedMessage);
                ContentHash = Agreement.Current.ContentHash;
                return Page();
            case SignOutcome.Done:
                logger.LogInformation("Agreement for placement {PlacementId} signed as {Capacity}", id, capacity);
                TempData["Success"] = $"You signed the agreement as the {CapacityWord(capacity)}.";
                return RedirectToPage("Index", new { id });
            case SignOutcome.Locked:
                ModelState.AddModelError("", Core.Completion.RecordLock.LockedMessage);
                return Page();
            case SignOutcome.AlreadySigned:
                TempData["Success"] = $"The agreement is already signed as the {CapacityWord(capacity)}.";
                return RedirectToPage("Index", new { id });
            default:
                return NotFound();
        }
    }

    /// <summary>The agreement and its signer's capacity; a result instead when this viewer may not sign here.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, SignerCapacity capacity)
    {
        if (!Enum.IsDefined(capacity)
            || !await FindPlacementAsync(id)
            || !(await agreements.CapacitiesForAsync(id, Viewer)).Contains(capacity)
            || await agreements.GetAsync(id) is not { } agreement)
        {
            return NotFound();
        }

        (Agreement, Capacity) = (agreement, capacity);
        return null;
    }
}

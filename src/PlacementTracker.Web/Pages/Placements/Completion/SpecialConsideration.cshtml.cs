using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Completion;

/// <summary>Coordinators record or clear special consideration on the student's industry placement.</summary>
public class SpecialConsiderationModel(CompletionReviewService reviews, SpecialConsiderationService special)
    : CompletionPage(reviews)
{
    public IReadOnlyList<(string Code, string Reason)> Reasons { get; private set; } = [];

    public IndustryPlacement Industry { get; private set; } = default!;

    [BindProperty]
    public List<string> ReasonCodes { get; set; } = [];

    [BindProperty]
    public int? Hours { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await FindAsync(id))
        {
            return NotFound();
        }

        ReasonCodes = [.. Industry.SpecialConsiderationReasonCodes?.Split(',') ?? []];
        (Hours, Note) = (Industry.SpecialConsiderationHours, Industry.SpecialConsiderationNote);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await FindAsync(id))
        {
            return NotFound();
        }

        var result = await special.RecordAsync(id, new SpecialConsiderationInput(ReasonCodes, Hours, Note), Viewer,
            User.ToActor());
        return Done(id, result, "Special consideration recorded.");
    }

    public async Task<IActionResult> OnPostClearAsync(Guid id)
    {
        if (!await FindAsync(id))
        {
            return NotFound();
        }

        return Done(id, await special.ClearAsync(id, Viewer, User.ToActor()), "Special consideration cleared.");
    }

    private IActionResult Done(Guid id, CompletionResult result, string message)
    {
        if (!result.Succeeded)
        {
            ModelState.Clear();
            AddErrors(ModelState, result);
            return Page();
        }

        TempData["Success"] = message;
        return RedirectToPage("Index", new { id });
    }

    private async Task<bool> FindAsync(Guid id)
    {
        if (!Viewer.ManagesCompletion() || !await LoadAsync(id) || await special.FindAsync(id, Viewer) is not { } i)
        {
            return false;
        }

        (Industry, Reasons) = (i, await special.ReasonsAsync());
        return true;
    }
}

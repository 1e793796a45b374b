using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Completion;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Completion;

/// <summary>The end-of-placement review: the student's reflection, achievements and next steps.</summary>
public class EndOfPlacementModel(CompletionReviewService reviews) : CompletionPage(reviews)
{
    [BindProperty]
    public string? Reflection { get; set; }

    [BindProperty]
    public string? Achievements { get; set; }

    [BindProperty]
    public string? NextSteps { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id) || !Viewer.WritesEndOfPlacementReview(Placement))
        {
            return NotFound();
        }

        (Reflection, Achievements, NextSteps) = (Review?.Reflection, Review?.Achievements, Review?.NextSteps);
        Version = Review?.Version ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id) || !Viewer.WritesEndOfPlacementReview(Placement))
        {
            return NotFound();
        }

        var result = await Reviews.SaveEndOfPlacementAsync(id,
            new EndOfPlacementInput(Reflection, Achievements, NextSteps, Version), Viewer, User.ToActor());
        if (!result.Succeeded)
        {
            AddErrors(ModelState, result);
            return Page();
        }

        TempData["Success"] = "End-of-placement review saved.";
        return RedirectToPage("Index", new { id });
    }
}

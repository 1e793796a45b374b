using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Completion;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Completion;

/// <summary>What made the placement succeed, for the bank of good practice, and the case-study consents.</summary>
public class SuccessModel(CompletionReviewService reviews) : CompletionPage(reviews)
{
    [BindProperty]
    public string? SuccessFactors { get; set; }

    [BindProperty]
    public bool StudentConsents { get; set; }

    [BindProperty]
    public bool EmployerConsents { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id) || !Viewer.WritesSuccessFactors(Placement))
        {
            return NotFound();
        }

        SuccessFactors = Review?.SuccessFactors;
        (StudentConsents, EmployerConsents) =
            (Review?.StudentConsentsToCaseStudy ?? false, Review?.EmployerConsentsToCaseStudy ?? false);
        Version = Review?.Version ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id) || !Viewer.WritesSuccessFactors(Placement))
        {
            return NotFound();
        }

        var result = await Reviews.SaveSuccessAsync(id,
            new SuccessInput(SuccessFactors, StudentConsents, EmployerConsents, Version), Viewer, User.ToActor());
        if (!result.Succeeded)
        {
            AddErrors(ModelState, result);
            return Page();
        }

        TempData["Success"] = "What made the placement succeed is saved.";
        return RedirectToPage("Index", new { id });
    }
}

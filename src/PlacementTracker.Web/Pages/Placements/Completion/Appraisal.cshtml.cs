using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Completion;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Completion;

/// <summary>The employer appraisal: a rating per progress-indicator area, strengths, areas to develop.</summary>
public class AppraisalModel(CompletionReviewService reviews) : CompletionPage(reviews)
{
    public AppraisalFramework Framework { get; private set; } = new([], []);

    [BindProperty]
    public Dictionary<Guid, Guid> Levels { get; set; } = [];

    [BindProperty]
    public string? Strengths { get; set; }

    [BindProperty]
    public string? AreasToDevelop { get; set; }

    [BindProperty]
    public bool? WouldOfferReference { get; set; }

    [BindProperty]
    public bool? WouldOfferJob { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id) || !Viewer.WritesAppraisal(Placement))
        {
            return NotFound();
        }

        Framework = await Reviews.FrameworkAsync();
        Levels = Review?.Ratings.ToDictionary(r => r.AreaId, r => r.LevelId) ?? [];
        (Strengths, AreasToDevelop) = (Review?.Strengths, Review?.AreasToDevelop);
        (WouldOfferReference, WouldOfferJob, Version) =
            (Review?.WouldOfferReference, Review?.WouldOfferJob, Review?.Version ?? 0);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id) || !Viewer.WritesAppraisal(Placement))
        {
            return NotFound();
        }

        Framework = await Reviews.FrameworkAsync();
        var result = await Reviews.SaveAppraisalAsync(id,
            new AppraisalInput(Levels, Strengths, AreasToDevelop, WouldOfferReference, WouldOfferJob, Version),
            Viewer, User.ToActor());
        if (result.Missing)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            AddErrors(ModelState, result);
            return Page();
        }

        TempData["Success"] = "Employer appraisal saved.";
        return RedirectToPage("Index", new { id });
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Outcomes;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;
using PlacementTracker.Web.Pages.Placements;

namespace PlacementTracker.Web.Pages.Students;

/// <summary>A coordinator records why a student will not complete their placement, or withdraws it.</summary>
public class WillNotCompleteModel(PlacementService placements, OutcomeService outcomes, AccessScope scope)
    : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public string Name { get; private set; } = "";

    public IndustryPlacement IndustryPlacement { get; private set; } = default!;

    public bool Locked => IndustryPlacement.RecordLockedAtUtc is not null;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        (Reason, Version) = (IndustryPlacement.WillNotCompleteReason, IndustryPlacement.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var result = await outcomes.RecordWillNotCompleteAsync(id, Reason, Version, User.ToViewer(), User.ToActor());
        return Finish(id, result, "Recorded that the student will not complete their placement.");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var result = await outcomes.WithdrawWillNotCompleteAsync(id, Version, User.ToViewer(), User.ToActor());
        return Finish(id, result, "Withdrew that the student will not complete their placement.");
    }

    private IActionResult Finish(Guid id, PlacementResult result, string success)
    {
        if (result.Missing)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Success"] = success;
            return RedirectToPage("/Students/Detail", new { id });
        }

        if (result.Conflict)
        {
            ModelState.AddConflict("the student's outcome");
            (Reason, Version) = (IndustryPlacement.WillNotCompleteReason, IndustryPlacement.Version);
        }

        ModelState.AddErrors("", result);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var viewer = User.ToViewer();
        var industryPlacement = viewer.MayEdit() ? await placements.FindIndustryPlacementAsync(id, viewer) : null;
        if (industryPlacement is null)
        {
            return false;
        }

        IndustryPlacement = industryPlacement;
        Name = await scope.Students(viewer)
            .Where(s => s.Id == id)
            .Select(s => s.GivenName + " " + s.FamilyName)
            .SingleAsync();
        return true;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements;

/// <summary>Moves a placement to one of the statuses its flow allows next, with the reason why.</summary>
public class StatusModel(PlacementService placements, AccessScope scope) : PageModel
{
    [BindProperty]
    public PlacementStatus? To { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public Placement Placement { get; private set; } = default!;

    public IReadOnlyList<FieldOption> Options =>
        [.. PlacementStatusFlow.NextStatuses(Placement.Status)
            .Select(s => new FieldOption(s.ToString(), StatusText.For(s)))];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Version = Placement.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await placements.ChangeStatusAsync(id, To, Reason, Version, User.ToViewer(), User.ToActor());
        if (result.Succeeded)
        {
            TempData["Success"] = $"Status changed to {StatusText.For(To!.Value).ToLowerInvariant()}.";
            return RedirectToPage("/Placements/Detail", new { id });
        }

        if (result.Conflict)
        {
            ModelState.AddConflict("this placement");
            Version = Placement.Version;
        }

        ModelState.AddErrors("", result);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var viewer = User.ToViewer();
        var placement = viewer.MayEdit()
            ? await scope.Placements(viewer)
                .AsNoTracking()
                .Include(p => p.Student)
                .Include(p => p.Employer)
                .SingleOrDefaultAsync(p => p.Id == id)
            : null;
        Placement = placement!;
        return placement is not null;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Admin.ProgressIndicators;

/// <summary>
/// The progress-indicator framework reviews rate against: administrators add, rename, reorder and retire its
/// areas and levels. Reviews already recorded keep the names they were given.
/// </summary>
public class IndexModel(ProgressIndicatorFramework framework) : PageModel
{
    public IReadOnlyList<IProgressIndicatorItem> Areas { get; private set; } = [];

    public IReadOnlyList<IProgressIndicatorItem> Levels { get; private set; } = [];

    [BindProperty]
    public FrameworkPart Part { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        var problem = await framework.AddAsync(Part, Name, User.ToActor());
        return await DoneAsync(FrameworkChange.Done with { Problem = problem }, $"New{Part}", $"{Part} added.");
    }

    public async Task<IActionResult> OnPostRenameAsync(Guid itemId) =>
        await DoneAsync(await framework.RenameAsync(Part, itemId, Name, User.ToActor()), $"Name-{itemId}",
            $"{Part} renamed.");

    public async Task<IActionResult> OnPostMoveAsync(Guid itemId, bool up) =>
        await DoneAsync(await framework.MoveAsync(Part, itemId, up, User.ToActor()), "", $"{Part} moved.");

    public async Task<IActionResult> OnPostRetireAsync(Guid itemId) =>
        await DoneAsync(await framework.RetireAsync(Part, itemId, User.ToActor()), "", $"{Part} retired.");

    private async Task<IActionResult> DoneAsync(FrameworkChange? change, string field, string success)
    {
        if (change is null)
        {
            return NotFound();
        }

        if (change.Problem is { } problem)
        {
            ModelState.Clear();
            ModelState.AddModelError(field, problem);
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = success;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Areas = await framework.AllAsync(FrameworkPart.Area);
        Levels = await framework.AllAsync(FrameworkPart.Level);
    }
}

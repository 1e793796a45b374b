using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Timesheets;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Hours;

/// <summary>Changes one time entry, for the student or someone entering hours on their behalf.</summary>
public class EntryModel(TimesheetService timesheets) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public TimeEntry Current { get; private set; } = default!;

    [BindProperty]
    public EntryForm Entry { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid entryId)
    {
        if (!await LoadAsync(id, entryId))
        {
            return NotFound();
        }

        Entry = EntryForm.From(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid entryId)
    {
        if (!await LoadAsync(id, entryId))
        {
            return NotFound();
        }

        if (Entry.ToInput(ModelState, nameof(Entry)) is not { } input)
        {
            return Page();
        }

        var result = await timesheets.EditEntryAsync(id, entryId, input, User.ToViewer(), User.ToActor());
        if (result.Missing)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.AddConflict("this entry");
            Entry = EntryForm.From(Current);
            return Page();
        }

        ModelState.AddErrors(nameof(Entry), result);
        if (!result.Succeeded)
        {
            return Page();
        }

        TempData["Success"] = "Hours changed.";
        return Redirect(HoursPage.Address(id, TimeRules.WeekStart(input.Date!.Value)));
    }

    private async Task<bool> LoadAsync(Guid id, Guid entryId)
    {
        var viewer = User.ToViewer();
        var placement = await timesheets.FindPlacementAsync(id, viewer);
        var entry = placement is not null && viewer.EntersHours(placement)
            ? await timesheets.EntryAsync(id, entryId)
            : null;
        if (entry is null)
        {
            return false;
        }

        (Placement, Current) = (placement!, entry);
        return true;
    }
}

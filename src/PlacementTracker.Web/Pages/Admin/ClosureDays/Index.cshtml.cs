using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Progress;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Admin.ClosureDays;

/// <summary>The college's closure days: no placement hours are expected on them.</summary>
public class IndexModel(Core.Progress.ClosureDays closureDays) : PageModel
{
    public IReadOnlyList<ClosureDay> Days { get; private set; } = [];

    [BindProperty]
    public ClosureDayInput Input { get; set; } = new();

    public async Task OnGetAsync() => Days = await closureDays.ListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var date = DateOnly.TryParseExact(Input.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var parsed) ? parsed : (DateOnly?)null;
        if (date is null && !string.IsNullOrWhiteSpace(Input.Date))
        {
            ModelState.AddModelError("Input.Date", "Enter a real date, for example 27 10 2026");
        }
        else if (await closureDays.AddAsync(date, Input.Description, User.ToActor()) is { } problem)
        {
            ModelState.AddModelError($"Input.{problem.Field}", problem.Message);
        }

        if (!ModelState.IsValid)
        {
            Days = await closureDays.ListAsync();
            return Page();
        }

        TempData["Success"] = "Closure day added.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid dayId)
    {
        if (!await closureDays.RemoveAsync(dayId, User.ToActor()))
        {
            return NotFound();
        }

        TempData["Success"] = "Closure day removed.";
        return RedirectToPage();
    }
}

public sealed class ClosureDayInput
{
    [Display(Name = "Date")]
    public string? Date { get; set; }

    [Display(Name = "Description")]
    public string? Description { get; set; }
}

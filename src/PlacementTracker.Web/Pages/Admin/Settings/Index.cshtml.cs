using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Settings;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Admin.Settings;

public class IndexModel(ProviderSettingsStore store) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public async Task OnGetAsync() => Input = SettingsInput.From(await store.GetAsync());

    public async Task<IActionResult> OnPostAsync()
    {
        var changes = Input.ApplyTo(await store.GetAsync(), ModelState);
        foreach (var (field, message) in ProviderSettingsRules.Validate(changes))
        {
            // A field already refused as empty or unreadable keeps that message rather than gaining a second one.
            if (ModelState.GetFieldValidationState($"Input.{field}") != ModelValidationState.Invalid)
            {
                ModelState.AddModelError($"Input.{field}", message);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await store.UpdateAsync(changes, User.ToActor());
        if (result.Conflict)
        {
            ModelState.Clear();
            ModelState.AddModelError("", "Someone else changed the settings while you were editing. " +
                "Their changes are shown: check them and make your changes again");
            Input = SettingsInput.From(await store.GetAsync());
            return Page();
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError($"Input.{field}", message);
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        TempData["Success"] = "Provider settings saved.";
        return RedirectToPage();
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Account;

public class SignOutModel(SignInManager<AppUser> signIn, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.RecordNowAsync(User.ToActor(), AuditActions.SignedOut, "Signed out");
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignedOut");
    }
}

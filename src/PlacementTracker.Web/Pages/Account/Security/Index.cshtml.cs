using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Account.Security;

public class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit) : PageModel
{
    public AppUser Account { get; private set; } = default!;

    public IList<string> AccountRoles { get; private set; } = [];

    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Account = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        AccountRoles = [.. (await users.GetRolesAsync(Account)).OrderBy(Roles.IndexOf)];
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(Account);
        return Page();
    }

    public async Task<IActionResult> OnPostTurnOffTwoFactorAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordNowAsync(
            User.ToActor(),
            AuditActions.TwoFactorDisabled,
            "Turned off authenticator app sign-in",
            new AuditSubject("User", user.Id));
        TempData["Success"] = "Authenticator app sign-in is turned off.";
        return RedirectToPage();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Web.Accounts;

namespace PlacementTracker.Web.Pages.Account;

[AllowAnonymous]
public class ResetPasswordModel(UserManager<AppUser> users, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByIdAsync(UserId ?? "");
        var token = InvitationService.Decode(Code ?? "");
        var result = user is null || token is null
            ? IdentityResult.Failed(new IdentityError { Description = ExpiredLink })
            : await users.ResetPasswordAsync(user, token, Input.Password);

        if (!result.Succeeded)
        {
            NewPasswordInput.AddErrors(ModelState, result, ExpiredLink);
            return Page();
        }

        // A new password ends a lock after failed sign-ins, but never a lock an administrator chose.
        if (!UserAdministration.IsLockedByAdministrator(user!))
        {
            await users.ResetAccessFailedCountAsync(user!);
            await users.SetLockoutEndDateAsync(user!, null);
        }
        await audit.RecordNowAsync(new Actor(user!.Id, user.Email!), AuditActions.PasswordReset, "Reset password");
        TempData["Success"] = "Your password has been changed. Sign in with your new password.";
        return RedirectToPage("/Account/SignIn");
    }

    private const string ExpiredLink =
        "This link has expired or has already been used. Ask for a new one from the sign-in page";
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Web.Accounts;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(SecuritySetup.SignInRateLimit)]
public class SignInModel(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    AuditLog audit,
    ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            await audit.RecordNowAsync(new Actor(user!.Id, user.Email!), AuditActions.SignedIn, "Signed in");
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor", new { ReturnUrl = SafeReturnUrl() });
        }

        return await RefuseAsync(user, result);
    }

    private async Task<IActionResult> RefuseAsync(AppUser? user, Microsoft.AspNetCore.Identity.SignInResult result)
    {
        var actor = user is null ? Actor.Anonymous : new Actor(user.Id, user.Email!);
        var action = result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed;
        await audit.RecordNowAsync(actor, action, result.IsLockedOut
            ? "Sign-in refused: account locked"
            : "Sign-in failed: wrong email address or password");
        logger.LogWarning("Sign-in refused for user {UserId}: {Reason}", user?.Id, action);

        ModelState.AddModelError(result.IsLockedOut ? "" : "Input.Email", RefusalMessage(user, result));
        return Page();
    }

    private static string RefusalMessage(AppUser? user, Microsoft.AspNetCore.Identity.SignInResult result) =>
        !result.IsLockedOut ? "Enter a correct email address and password"
        : user is not null && UserAdministration.IsLockedByAdministrator(user)
            ? "Your account has been locked by an administrator. Ask them to unlock it"
            : "Your account is locked after too many failed attempts. Try again in 15 minutes or reset your password";

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}

public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password")]
    public string Password { get; set; } = "";
}

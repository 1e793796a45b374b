using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Web.Accounts;
using PlacementTracker.Web.Email;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(SecuritySetup.SignInRateLimit)]
public class ForgotPasswordModel(
    UserManager<AppUser> users,
    Mailer mailer,
    SiteLinks links,
    AuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is not null && await users.HasPasswordAsync(user))
        {
            await SendResetLinkAsync(user);
        }

        // The same answer whether or not the address has an account, so the page cannot be used to find accounts.
        Sent = true;
        return Page();
    }

    private async Task SendResetLinkAsync(AppUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = links.To($"Account/ResetPassword?userId={user.Id}&code={InvitationService.Encode(token)}");
        var body = $"""
            Hello {user.DisplayName},

            Someone asked to reset the password for your placement tracker account.
            Choose a new password here (the link works for 2 hours):
            {link}

            If it was not you, ignore this email: your password has not changed.
            """;
        await mailer.SendAsync(new OutgoingEmail(user.Email!, user.DisplayName, "Reset your password", body));
        await audit.RecordNowAsync(new Actor(user.Id, user.Email!), AuditActions.PasswordResetRequested,
            "Password reset link sent");
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Web.Infrastructure;
using QRCoder;

namespace PlacementTracker.Web.Pages.Account.Security;

public class AuthenticatorModel(UserManager<AppUser> users, ShellInfo shell, AuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The code must be 6 digits")]
    public string Code { get; set; } = "";

    public string SharedKey { get; private set; } = "";

    public string QrCodeDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadKeyAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CurrentUserAsync();
        if (!ModelState.IsValid)
        {
            await LoadKeyAsync();
            return Page();
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        var provider = users.Options.Tokens.AuthenticatorTokenProvider;
        if (!await users.VerifyTwoFactorTokenAsync(user, provider, code))
        {
            ModelState.AddModelError(
                nameof(Code),
                "The code is not right. Enter the code your authenticator app shows now");
            await LoadKeyAsync();
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.RecordNowAsync(User.ToActor(), AuditActions.TwoFactorEnabled, "Turned on authenticator app sign-in",
            new AuditSubject("User", user.Id));
        TempData["Success"] = "Authenticator app sign-in is on. You will be asked for a code when you sign in.";
        return RedirectToPage("/Account/Security/Index");
    }

    private async Task LoadKeyAsync()
    {
        var user = await CurrentUserAsync();
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        SharedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var issuer = Uri.EscapeDataString(shell.ProviderName);
        var uri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={issuer}&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(png);
    }

    private async Task<AppUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Web.Accounts;

namespace PlacementTracker.Web.Pages.Account;

[AllowAnonymous]
public class AcceptInvitationModel(InvitationService invitations) : PageModel
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

        var result = await invitations.AcceptAsync(UserId ?? "", Code ?? "", Input.Password);
        if (!result.Succeeded)
        {
            NewPasswordInput.AddErrors(ModelState, result, result.Errors.First().Description);
            return Page();
        }

        TempData["Success"] = "Your account is ready. Sign in with your email address and new password.";
        return RedirectToPage("/Account/SignIn");
    }
}

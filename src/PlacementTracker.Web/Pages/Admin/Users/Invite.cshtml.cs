using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Web.Accounts;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Admin.Users;

public class InviteModel(InvitationService invitations) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the person's full name")]
    [MaxLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    [RegularExpression(@"^[^\r\n\t]*$", ErrorMessage = "Enter the name on one line")]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter the person's email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [MaxLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string Email { get; set; } = "";

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Roles.Any(Core.Accounts.Roles.All.Contains))
        {
            ModelState.AddModelError(nameof(Roles), "Select at least one role");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await invitations.InviteAsync(new Invitation(Email, DisplayName, Roles), User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Email), EmailRefusal(result));
            return Page();
        }

        TempData["Success"] = $"Invitation sent to {Email.Trim()}.";
        return RedirectToPage("/Admin/Users/Index");
    }

    private static string EmailRefusal(Microsoft.AspNetCore.Identity.IdentityResult result) =>
        result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")
            ? "A user with this email address already exists"
            : "Enter an email address in the correct format, like name@example.com";
}

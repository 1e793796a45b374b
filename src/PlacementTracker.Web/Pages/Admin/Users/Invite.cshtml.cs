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
    public string DisplayName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter the person's email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string Email { get; set; } = "";

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Roles.Count == 0)
        {
            ModelState.AddModelError(nameof(Roles), "Select at least one role");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var siteRoot = new Uri($"{Request.Scheme}://{Request.Host}{Request.PathBase}/");
        var result = await invitations.InviteAsync(new Invitation(Email, DisplayName, Roles), User.ToActor(), siteRoot);
        if (!result.Succeeded)
        {
            var duplicate = result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName");
            ModelState.AddModelError(nameof(Email), duplicate
                ? "A user with this email address already exists"
                : result.Errors.First().Description);
            return Page();
        }

        TempData["Success"] = $"Invitation sent to {Email.Trim()}.";
        return RedirectToPage("/Admin/Users/Index");
    }
}

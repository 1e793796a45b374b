using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Employers;
using PlacementTracker.Web.Accounts;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers;

/// <summary>Invites a new supervisor by email, or links someone who already has the supervisor role.</summary>
public class SupervisorModel(
    AccessScope scope,
    EmployerRecords records,
    InvitationService invitations,
    UserManager<AppUser> users) : EmployerFormPage(scope)
{
    [BindProperty]
    public SupervisorInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid employerId) =>
        await FindEmployerAsync(employerId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid employerId)
    {
        if (!await FindEmployerAsync(employerId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is not null && !await users.IsInRoleAsync(user, Roles.EmployerSupervisor))
        {
            ModelState.AddModelError("Input.Email",
                "This person has an account but is not an employer supervisor. Ask an administrator to add the role");
            return Page();
        }

        if (user is null)
        {
            var invited = await invitations.InviteAsync(
                new Invitation(email, Input.Name, [Roles.EmployerSupervisor]), User.ToActor());
            if (!invited.Succeeded)
            {
                ModelState.AddModelError("Input.Email", invited.Errors.First().Description);
                return Page();
            }

            user = (await users.FindByEmailAsync(email))!;
        }

        var link = new EmployerSupervisor
        {
            EmployerId = employerId,
            UserId = user.Id,
            JobTitle = Input.JobTitle?.Trim(),
        };
        await records.LinkSupervisorAsync(link, User.ToActor());
        TempData["Success"] = user.ActivatedAtUtc is null
            ? $"Invitation sent to {email}."
            : $"{user.DisplayName} added as a supervisor.";
        return RedirectToPage("/Employers/Detail", new { id = employerId });
    }
}

public sealed class SupervisorInput
{
    [Required(ErrorMessage = "Enter the supervisor's full name")]
    [MaxLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the supervisor's email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string Email { get; set; } = "";

    [MaxLength(200, ErrorMessage = "Job title must be 200 characters or fewer")]
    public string? JobTitle { get; set; }
}

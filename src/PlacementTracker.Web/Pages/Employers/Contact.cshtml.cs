using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Employers;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers;

public class ContactModel(AccessScope scope, EmployerRecords records) : EmployerFormPage(scope)
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

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

        await records.AddContactAsync(new EmployerContact
        {
            EmployerId = employerId,
            Name = Input.Name.Trim(),
            JobTitle = Input.JobTitle?.Trim(),
            Email = Input.Email?.Trim(),
            Phone = Input.Phone?.Trim(),
        }, User.ToActor());
        TempData["Success"] = $"Contact {Input.Name.Trim()} added.";
        return RedirectToPage("/Employers/Detail", new { id = employerId });
    }
}

public sealed class ContactInput
{
    [Required(ErrorMessage = "Enter the contact's full name")]
    [MaxLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string Name { get; set; } = "";

    [MaxLength(200, ErrorMessage = "Job title must be 200 characters or fewer")]
    public string? JobTitle { get; set; }

    [MaxLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string? Email { get; set; }

    [MaxLength(40, ErrorMessage = "Phone number must be 40 characters or fewer")]
    [Phone(ErrorMessage = "Enter a phone number, like 01632 960 001")]
    public string? Phone { get; set; }
}

using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Employers;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers;

public class ContactModel(AccessScope scope, EmployerRecords records) : EmployerFormPage(scope)
{
    [BindProperty]
    public ContactDetails Input { get; set; } = new();

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

        var contact = new EmployerContact { EmployerId = employerId };
        Input.ApplyTo(contact);
        await records.AddContactAsync(contact, User.ToActor());
        TempData["Success"] = $"Contact {Input.Name.Trim()} added.";
        return RedirectToPage("/Employers/Detail", new { id = employerId });
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers;

/// <summary>Adds a contact to an employer, or changes or removes one.</summary>
public class ContactModel(AccessScope scope, PlacementDbContext db, EmployerRecords records) : EmployerFormPage(scope)
{
    [BindProperty]
    public ContactDetails Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid employerId, Guid? contactId)
    {
        IsNew = contactId is null;
        if (!await FindEmployerAsync(employerId))
        {
            return NotFound();
        }

        if (contactId is { } id)
        {
            var contact = await FindContactAsync(employerId, id);
            if (contact is null)
            {
                return NotFound();
            }

            Input = ContactDetails.From(contact);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid employerId, Guid? contactId)
    {
        IsNew = contactId is null;
        if (!await FindEmployerAsync(employerId)
            || (contactId is { } existing && await FindContactAsync(employerId, existing) is null))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var contact = new EmployerContact { Id = contactId ?? Guid.Empty, EmployerId = employerId };
        Input.ApplyTo(contact);
        if (IsNew)
        {
            await records.AddContactAsync(contact, User.ToActor());
        }
        else if (!await records.UpdateContactAsync(contact, User.ToActor()))
        {
            return NotFound();
        }

        TempData["Success"] = $"Contact {contact.Name} {(IsNew ? "added" : "saved")}.";
        return RedirectToPage("/Employers/Detail", new { id = employerId });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid employerId, Guid contactId)
    {
        if (!await FindEmployerAsync(employerId)
            || !await records.RemoveContactAsync(employerId, contactId, User.ToActor()))
        {
            return NotFound();
        }

        TempData["Success"] = "Contact removed.";
        return RedirectToPage("/Employers/Detail", new { id = employerId });
    }

    private Task<EmployerContact?> FindContactAsync(Guid employerId, Guid contactId) =>
        db.EmployerContacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId && c.EmployerId == employerId);
}

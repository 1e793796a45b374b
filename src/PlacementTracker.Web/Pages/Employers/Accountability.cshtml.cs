using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers;

/// <summary>Records who at an employer is responsible for what, or changes or removes such a record.</summary>
public class AccountabilityModel(AccessScope scope, PlacementDbContext db, EmployerRecords records)
    : EmployerFormPage(scope)
{
    [BindProperty]
    public AccountabilityInput Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public static IEnumerable<SelectListItem> Kinds =>
        Enum.GetValues<AccountabilityKind>()
            .Select(k => new SelectListItem(DueDiligenceRules.KindName(k), k.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid employerId, Guid? accountabilityId)
    {
        IsNew = accountabilityId is null;
        if (!await FindEmployerAsync(employerId))
        {
            return NotFound();
        }

        if (accountabilityId is { } id)
        {
            var accountability = await FindAccountabilityAsync(employerId, id);
            if (accountability is null)
            {
                return NotFound();
            }

            Input = new AccountabilityInput
            {
                Kind = accountability.Kind,
                PersonName = accountability.PersonName,
                Email = accountability.Email,
                Phone = accountability.Phone,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid employerId, Guid? accountabilityId)
    {
        IsNew = accountabilityId is null;
        if (!await FindEmployerAsync(employerId)
            || (accountabilityId is { } existing && await FindAccountabilityAsync(employerId, existing) is null))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var accountability = new Accountability
        {
            Id = accountabilityId ?? Guid.Empty,
            EmployerId = employerId,
            Kind = Input.Kind!.Value,
            PersonName = Input.PersonName.Trim(),
            Email = EmployerDetails.Optional(Input.Email),
            Phone = EmployerDetails.Optional(Input.Phone),
        };
        if (IsNew)
        {
            await records.AddAccountabilityAsync(accountability, User.ToActor());
        }
        else if (!await records.UpdateAccountabilityAsync(accountability, User.ToActor()))
        {
            return NotFound();
        }

        TempData["Success"] = IsNew ? "Accountability added." : "Accountability saved.";
        return RedirectToPage("/Employers/Detail", new { id = employerId });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid employerId, Guid accountabilityId)
    {
        if (!await FindEmployerAsync(employerId)
            || !await records.RemoveAccountabilityAsync(employerId, accountabilityId, User.ToActor()))
        {
            return NotFound();
        }

        TempData["Success"] = "Accountability removed.";
        return RedirectToPage("/Employers/Detail", new { id = employerId });
    }

    private Task<Accountability?> FindAccountabilityAsync(Guid employerId, Guid accountabilityId) =>
        db.Accountabilities.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == accountabilityId && a.EmployerId == employerId);
}

public sealed class AccountabilityInput
{
    [Required(ErrorMessage = "Select what the person is responsible for")]
    public AccountabilityKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter the person's full name")]
    [MaxLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string PersonName { get; set; } = "";

    [MaxLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string? Email { get; set; }

    [MaxLength(40, ErrorMessage = "Phone number must be 40 characters or fewer")]
    [Phone(ErrorMessage = "Enter a phone number, like 01632 960 001")]
    public string? Phone { get; set; }
}

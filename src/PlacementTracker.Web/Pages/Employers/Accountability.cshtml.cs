using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Employers;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers;

public class AccountabilityModel(AccessScope scope, EmployerRecords records) : EmployerFormPage(scope)
{
    [BindProperty]
    public AccountabilityInput Input { get; set; } = new();

    public static IEnumerable<SelectListItem> Kinds =>
        Enum.GetValues<AccountabilityKind>()
            .Select(k => new SelectListItem(DueDiligenceRules.KindName(k), k.ToString()));

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

        await records.AddAccountabilityAsync(new Accountability
        {
            EmployerId = employerId,
            Kind = Input.Kind!.Value,
            PersonName = Input.PersonName.Trim(),
            Email = Input.Email?.Trim(),
            Phone = Input.Phone?.Trim(),
        }, User.ToActor());
        TempData["Success"] = "Accountability added.";
        return RedirectToPage("/Employers/Detail", new { id = employerId });
    }
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

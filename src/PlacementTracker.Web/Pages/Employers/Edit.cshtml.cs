using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Employers;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers;

[Authorize(Policy = Policies.EmployerEditor)]
public class EditModel(AccessScope scope, EmployerRecords records) : PageModel
{
    [BindProperty]
    public EmployerInput Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        IsNew = id is null;
        if (id is { } existing)
        {
            var employer = await FindAsync(existing);
            if (employer is null)
            {
                return NotFound();
            }

            Input = EmployerInput.From(employer);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        IsNew = id is null;
        if (id is { } existing && await FindAsync(existing) is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var changes = Input.ToEmployer(id ?? Guid.Empty);
        var result = await records.SaveAsync(changes, User.ToActor());
        if (result.Conflict)
        {
            ModelState.Clear();
            ModelState.AddModelError("", "Someone else changed this employer while you were editing. " +
                "Their changes are shown: check them and make your changes again");
            Input = EmployerInput.From((await FindAsync(changes.Id))!);
            return Page();
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError($"Input.{field}", message);
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        TempData["Success"] = IsNew ? $"{changes.Name} added." : $"{changes.Name} saved.";
        return RedirectToPage("/Employers/Detail", new { id = changes.Id });
    }

    private Task<Employer?> FindAsync(Guid id) =>
        scope.Employers(User.ToViewer()).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
}

/// <summary>The employer form, kept apart from the entity so only these fields can be posted.</summary>
public sealed class EmployerInput
{
    [Required(ErrorMessage = "Enter the employer's reference")]
    [MaxLength(20, ErrorMessage = "Reference must be 20 characters or fewer")]
    [RegularExpression("^[A-Za-z0-9-]+$", ErrorMessage = "Reference must only include letters, numbers and hyphens")]
    public string Reference { get; set; } = "";

    [Required(ErrorMessage = "Enter the employer's name")]
    [MaxLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string Name { get; set; } = "";

    [MaxLength(200, ErrorMessage = "Sector must be 200 characters or fewer")]
    public string? Sector { get; set; }

    [MaxLength(40, ErrorMessage = "Phone number must be 40 characters or fewer")]
    [Phone(ErrorMessage = "Enter a phone number, like 01632 960 001")]
    public string? Phone { get; set; }

    [MaxLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string? Email { get; set; }

    [MaxLength(300, ErrorMessage = "Website must be 300 characters or fewer")]
    [Url(ErrorMessage = "Enter a website address starting with https://")]
    public string? Website { get; set; }

    [MaxLength(200, ErrorMessage = "Usual hours must be 200 characters or fewer")]
    public string? UsualHours { get; set; }

    [MaxLength(2000, ErrorMessage = "Dress code or PPE must be 2000 characters or fewer")]
    public string? DressCode { get; set; }

    [MaxLength(2000, ErrorMessage = "Site induction must be 2000 characters or fewer")]
    public string? SiteInduction { get; set; }

    [MaxLength(2000, ErrorMessage = "What to know before day one must be 2000 characters or fewer")]
    public string? BeforeDayOne { get; set; }

    [MaxLength(4000, ErrorMessage = "Support notes must be 4000 characters or fewer")]
    public string? SupportNotes { get; set; }

    [MaxLength(4000, ErrorMessage = "Funding notes must be 4000 characters or fewer")]
    public string? FundingNotes { get; set; }

    public uint Version { get; set; }

    public static EmployerInput From(Employer e) => new()
    {
        Reference = e.Reference,
        Name = e.Name,
        Sector = e.Sector,
        Phone = e.Phone,
        Email = e.Email,
        Website = e.Website,
        UsualHours = e.UsualHours,
        DressCode = e.DressCode,
        SiteInduction = e.SiteInduction,
        BeforeDayOne = e.BeforeDayOne,
        SupportNotes = e.SupportNotes,
        FundingNotes = e.FundingNotes,
        Version = e.Version,
    };

    public Employer ToEmployer(Guid id) => new()
    {
        Id = id,
        Reference = Reference,
        Name = Name,
        Sector = Sector?.Trim(),
        Phone = Phone?.Trim(),
        Email = Email?.Trim(),
        Website = Website?.Trim(),
        UsualHours = UsualHours?.Trim(),
        DressCode = DressCode?.Trim(),
        SiteInduction = SiteInduction?.Trim(),
        BeforeDayOne = BeforeDayOne?.Trim(),
        SupportNotes = SupportNotes?.Trim(),
        FundingNotes = FundingNotes?.Trim(),
        Version = Version,
    };
}

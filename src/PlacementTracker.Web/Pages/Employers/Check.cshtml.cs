using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Employers;
using PlacementTracker.Web.Employers;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers;

/// <summary>Records a due-diligence check with its evidence, replacing an earlier check of the same kind.</summary>
public class CheckModel(AccessScope scope, EmployerRecords records, EvidenceStore evidence) : EmployerFormPage(scope)
{
    [BindProperty]
    public CheckInput Input { get; set; } = new();

    public static IEnumerable<SelectListItem> Kinds =>
        Enum.GetValues<DueDiligenceKind>()
            .Select(k => new SelectListItem(DueDiligenceRules.KindName(k), k.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid employerId) =>
        await FindEmployerAsync(employerId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid employerId)
    {
        if (!await FindEmployerAsync(employerId))
        {
            return NotFound();
        }

        if (Input.ExpiresOn < Input.CheckedOn)
        {
            ModelState.AddModelError(
                "Input.ExpiresOn",
                "The expiry date must be the same as or after the date checked");
        }

        var check = new DueDiligenceCheck
        {
            EmployerId = employerId,
            Kind = Input.Kind ?? default,
            CheckedOn = Input.CheckedOn ?? default,
            ExpiresOn = Input.ExpiresOn ?? default,
        };
        if (Input.Evidence is { } file && await ReadEvidenceAsync(file, check) is { } error)
        {
            ModelState.AddModelError("Input.Evidence", error);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Input.Evidence is { } upload)
        {
            await using var content = upload.OpenReadStream();
            check.EvidenceStoredName = await evidence.SaveAsync(content);
        }

        var replaced = await records.SaveCheckAsync(check, User.ToActor());
        if (replaced?.EvidenceStoredName is { } old)
        {
            evidence.Delete(old);
        }

        TempData["Success"] = $"{DueDiligenceRules.KindName(check.Kind)} check saved.";
        return RedirectToPage("/Employers/Detail", new { id = employerId });
    }

    private static async Task<string?> ReadEvidenceAsync(IFormFile file, DueDiligenceCheck check)
    {
        var head = new byte[EvidenceFileRules.SignatureLength];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false);
        var result = EvidenceFileRules.Check(file.FileName, file.Length, head.AsSpan(0, read));
        check.EvidenceFileName = Path.GetFileName(file.FileName);
        check.EvidenceContentType = result.ContentType;
        check.EvidenceSize = file.Length;
        return result.Error;
    }
}

public sealed class CheckInput
{
    [Required(ErrorMessage = "Select the kind of check")]
    public DueDiligenceKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter the date the check was made")]
    public DateOnly? CheckedOn { get; set; }

    [Required(ErrorMessage = "Enter the date the check expires")]
    public DateOnly? ExpiresOn { get; set; }

    public IFormFile? Evidence { get; set; }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Settings;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Admin.Settings;

public class IndexModel(ProviderSettingsStore store) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public async Task OnGetAsync() => Input = SettingsInput.From(await store.GetAsync());

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var current = await store.GetAsync();
        var result = await store.UpdateAsync(Input.ApplyTo(current), User.ToActor());
        if (result.Conflict)
        {
            ModelState.Clear();
            ModelState.AddModelError("", "Someone else changed the settings while you were editing. " +
                "Their changes are shown: check them and make your changes again");
            Input = SettingsInput.From(await store.GetAsync());
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

        TempData["Success"] = "Provider settings saved.";
        return RedirectToPage();
    }
}

/// <summary>The settings form, kept apart from the entity so only these fields can be posted.</summary>
public sealed class SettingsInput
{
    [Display(Name = "provider name")]
    public string ProviderName { get; set; } = "";

    [Display(Name = "UKPRN")]
    public string? Ukprn { get; set; }

    [Display(Name = "the date the academic year starts")]
    public DateOnly AcademicYearStart { get; set; }

    [Display(Name = "the date the academic year ends")]
    public DateOnly AcademicYearEnd { get; set; }

    [Display(Name = "default required hours")]
    public int DefaultRequiredHours { get; set; }

    [Display(Name = "the most employers per placement")]
    public int MaxEmployersPerPlacement { get; set; }

    [Display(Name = "taster hours")]
    public int TasterCapHours { get; set; }

    [Display(Name = "the team project share")]
    public decimal TeamProjectCapPercent { get; set; }

    [Display(Name = "the skills hub share")]
    public decimal SkillsHubCapPercent { get; set; }

    public bool AllowTeamProjectsWithSkillsHubs { get; set; }

    [Display(Name = "the special consideration minimum")]
    public int SpecialConsiderationMinimumPercent { get; set; }

    [Display(Name = "warning days")]
    public int DueDiligenceWarningDays { get; set; }

    public uint Version { get; set; }

    public static SettingsInput From(ProviderSettings s) => new()
    {
        ProviderName = s.ProviderName,
        Ukprn = s.Ukprn,
        AcademicYearStart = s.AcademicYearStart,
        AcademicYearEnd = s.AcademicYearEnd,
        DefaultRequiredHours = s.DefaultRequiredHours,
        MaxEmployersPerPlacement = s.MaxEmployersPerPlacement,
        TasterCapHours = s.TasterCapHours,
        TeamProjectCapPercent = s.TeamProjectCapPercent,
        SkillsHubCapPercent = s.SkillsHubCapPercent,
        AllowTeamProjectsWithSkillsHubs = s.AllowTeamProjectsWithSkillsHubs,
        SpecialConsiderationMinimumPercent = s.SpecialConsiderationMinimumPercent,
        DueDiligenceWarningDays = s.DueDiligenceWarningDays,
        Version = s.Version,
    };

    public ProviderSettings ApplyTo(ProviderSettings s)
    {
        s.ProviderName = ProviderName ?? "";
        s.Ukprn = Ukprn;
        s.AcademicYearStart = AcademicYearStart;
        s.AcademicYearEnd = AcademicYearEnd;
        s.DefaultRequiredHours = DefaultRequiredHours;
        s.MaxEmployersPerPlacement = MaxEmployersPerPlacement;
        s.TasterCapHours = TasterCapHours;
        s.TeamProjectCapPercent = TeamProjectCapPercent;
        s.SkillsHubCapPercent = SkillsHubCapPercent;
        s.AllowTeamProjectsWithSkillsHubs = AllowTeamProjectsWithSkillsHubs;
        s.SpecialConsiderationMinimumPercent = SpecialConsiderationMinimumPercent;
        s.DueDiligenceWarningDays = DueDiligenceWarningDays;
        s.Version = Version;
        return s;
    }
}

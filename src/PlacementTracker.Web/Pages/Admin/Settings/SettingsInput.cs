using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PlacementTracker.Core.Monitoring;
using PlacementTracker.Core.Settings;

namespace PlacementTracker.Web.Pages.Admin.Settings;

/// <summary>
/// The settings form, kept apart from the entity so only these fields can be posted. Every field may arrive
/// empty, so each gets its own message; shares are read as text so "1,5" is refused rather than read as 15.
/// </summary>
public sealed class SettingsInput
{
    [Required(ErrorMessage = "Enter the provider name")]
    public string? ProviderName { get; set; }

    public string? Ukprn { get; set; }

    [Required(ErrorMessage = "Enter the date the academic year starts")]
    [Display(Name = "the date the academic year starts as a real date")]
    public DateOnly? AcademicYearStart { get; set; }

    [Required(ErrorMessage = "Enter the date the academic year ends")]
    [Display(Name = "the date the academic year ends as a real date")]
    public DateOnly? AcademicYearEnd { get; set; }

    [Required(ErrorMessage = "Enter the default required hours")]
    [Display(Name = "the default required hours as a whole number")]
    public int? DefaultRequiredHours { get; set; }

    [Required(ErrorMessage = "Enter the most employers per placement")]
    [Display(Name = "the most employers per placement as a whole number")]
    public int? MaxEmployersPerPlacement { get; set; }

    [Required(ErrorMessage = "Enter the most hours from work tasters")]
    [Display(Name = "the most hours from work tasters as a whole number")]
    public int? TasterCapHours { get; set; }

    [Required(ErrorMessage = "Enter the most share of hours from team projects")]
    public string? TeamProjectCapPercent { get; set; }

    [Required(ErrorMessage = "Enter the most share of hours from skills hubs")]
    public string? SkillsHubCapPercent { get; set; }

    public bool AllowTeamProjectsWithSkillsHubs { get; set; }

    [Required(ErrorMessage = "Enter the least share of hours before special consideration")]
    [Display(Name = "the least share of hours before special consideration as a whole number")]
    public int? SpecialConsiderationMinimumPercent { get; set; }

    [Required(ErrorMessage = "Enter how many days before expiry a due-diligence check is flagged")]
    [Display(Name = "the warning days as a whole number")]
    public int? DueDiligenceWarningDays { get; set; }

    [Required(ErrorMessage = "Enter the share of expected hours below which a placement is amber")]
    [Display(Name = "the amber hours share as a whole number")]
    public int? HoursAmberBelowPercent { get; set; }

    [Required(ErrorMessage = "Enter the share of expected hours below which a placement is red")]
    [Display(Name = "the red hours share as a whole number")]
    public int? HoursRedBelowPercent { get; set; }

    [Required(ErrorMessage = "Enter the month placements should finish by")]
    [Display(Name = "the deadline month as a whole number")]
    public int? PlacementDeadlineMonth { get; set; }

    [Required(ErrorMessage = "Enter the day placements should finish by")]
    [Display(Name = "the deadline day as a whole number")]
    public int? PlacementDeadlineDay { get; set; }

    [Required(ErrorMessage = "Enter how many days overdue a formal review turns red")]
    [Display(Name = "the review overdue days as a whole number")]
    public int? ReviewOverdueRedDays { get; set; }

    [Required(ErrorMessage = "Enter how many days a timesheet may wait for approval")]
    [Display(Name = "the timesheet waiting days as a whole number")]
    public int? TimesheetApprovalDays { get; set; }

    [Required(ErrorMessage = "Enter how many days without a logbook entry are flagged")]
    [Display(Name = "the logbook days as a whole number")]
    public int? LogbookGapDays { get; set; }

    [Required(ErrorMessage = "Enter how many absences and late arrivals are flagged")]
    [Display(Name = "the absences and late arrivals as a whole number")]
    public int? AttendanceConcernCount { get; set; }

    [Required(ErrorMessage = "Enter how many days before the start the agreement should be signed")]
    [Display(Name = "the agreement signing days as a whole number")]
    public int? AgreementSigningDays { get; set; }

    [Required(ErrorMessage = "Enter how many areas rated at the lowest level are flagged")]
    [Display(Name = "the areas as a whole number")]
    public int? NeedsImprovementAreas { get; set; }

    [Required(ErrorMessage = "Enter how many days an employer's concern counts as recent")]
    [Display(Name = "the concern days as a whole number")]
    public int? ConcernNoteDays { get; set; }

    /// <summary>The reasons ticked as counting towards a placement's status.</summary>
    public List<string> CountedReasons { get; set; } = [];

    /// <summary>True when the form showed the reason checkboxes, so no ticks means none count.</summary>
    public bool ReasonsOnForm { get; set; }

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
        TeamProjectCapPercent = Percent(s.TeamProjectCapPercent),
        SkillsHubCapPercent = Percent(s.SkillsHubCapPercent),
        AllowTeamProjectsWithSkillsHubs = s.AllowTeamProjectsWithSkillsHubs,
        SpecialConsiderationMinimumPercent = s.SpecialConsiderationMinimumPercent,
        DueDiligenceWarningDays = s.DueDiligenceWarningDays,
        HoursAmberBelowPercent = s.HoursAmberBelowPercent,
        HoursRedBelowPercent = s.HoursRedBelowPercent,
        PlacementDeadlineMonth = s.PlacementDeadlineMonth,
        PlacementDeadlineDay = s.PlacementDeadlineDay,
        ReviewOverdueRedDays = s.ReviewOverdueRedDays,
        TimesheetApprovalDays = s.TimesheetApprovalDays,
        LogbookGapDays = s.LogbookGapDays,
        AttendanceConcernCount = s.AttendanceConcernCount,
        AgreementSigningDays = s.AgreementSigningDays,
        NeedsImprovementAreas = s.NeedsImprovementAreas,
        ConcernNoteDays = s.ConcernNoteDays,
        CountedReasons = [.. Enum.GetValues<StatusReasonCode>()
            .Except(StatusReasonNames.Parse(s.IgnoredStatusReasons))
            .Select(c => c.ToString())],
        ReasonsOnForm = true,
        Version = s.Version,
    };

    /// <summary>
    /// Copies what was entered onto <paramref name="s"/>; a field left empty or unreadable keeps its value.
    /// </summary>
    public ProviderSettings ApplyTo(ProviderSettings s, ModelStateDictionary modelState)
    {
        s.ProviderName = ProviderName ?? s.ProviderName;
        s.Ukprn = Ukprn;
        s.AcademicYearStart = AcademicYearStart ?? s.AcademicYearStart;
        s.AcademicYearEnd = AcademicYearEnd ?? s.AcademicYearEnd;
        s.DefaultRequiredHours = DefaultRequiredHours ?? s.DefaultRequiredHours;
        s.MaxEmployersPerPlacement = MaxEmployersPerPlacement ?? s.MaxEmployersPerPlacement;
        s.TasterCapHours = TasterCapHours ?? s.TasterCapHours;
        s.TeamProjectCapPercent = ReadPercent(TeamProjectCapPercent, nameof(TeamProjectCapPercent), "team project",
            modelState) ?? s.TeamProjectCapPercent;
        s.SkillsHubCapPercent = ReadPercent(SkillsHubCapPercent, nameof(SkillsHubCapPercent), "skills hub",
            modelState) ?? s.SkillsHubCapPercent;
        s.AllowTeamProjectsWithSkillsHubs = AllowTeamProjectsWithSkillsHubs;
        s.SpecialConsiderationMinimumPercent =
            SpecialConsiderationMinimumPercent ?? s.SpecialConsiderationMinimumPercent;
        s.DueDiligenceWarningDays = DueDiligenceWarningDays ?? s.DueDiligenceWarningDays;
        s.HoursAmberBelowPercent = HoursAmberBelowPercent ?? s.HoursAmberBelowPercent;
        s.HoursRedBelowPercent = HoursRedBelowPercent ?? s.HoursRedBelowPercent;
        s.PlacementDeadlineMonth = PlacementDeadlineMonth ?? s.PlacementDeadlineMonth;
        s.PlacementDeadlineDay = PlacementDeadlineDay ?? s.PlacementDeadlineDay;
        s.ReviewOverdueRedDays = ReviewOverdueRedDays ?? s.ReviewOverdueRedDays;
        s.TimesheetApprovalDays = TimesheetApprovalDays ?? s.TimesheetApprovalDays;
        s.LogbookGapDays = LogbookGapDays ?? s.LogbookGapDays;
        s.AttendanceConcernCount = AttendanceConcernCount ?? s.AttendanceConcernCount;
        s.AgreementSigningDays = AgreementSigningDays ?? s.AgreementSigningDays;
        s.NeedsImprovementAreas = NeedsImprovementAreas ?? s.NeedsImprovementAreas;
        s.ConcernNoteDays = ConcernNoteDays ?? s.ConcernNoteDays;
        if (ReasonsOnForm)
        {
            var counted = StatusReasonNames.Parse(string.Join(",", CountedReasons));
            s.IgnoredStatusReasons = StatusReasonNames.Join(Enum.GetValues<StatusReasonCode>().Except(counted));
        }

        s.Version = Version;
        return s;
    }

    private static decimal? ReadPercent(string? text, string field, string what, ModelStateDictionary modelState)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        modelState.AddModelError($"Input.{field}", $"Enter the {what} share as a number, like 33.3333");
        return null;
    }

    private static string Percent(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

namespace PlacementTracker.Core.Settings;

/// <summary>
/// The provider's own values. DfE rules that could change, or that DOMAIN.md calls settings,
/// live here rather than as literals in the code.
/// </summary>
public class ProviderSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string ProviderName { get; set; } = "Placement Tracker";

    /// <summary>UK Provider Reference Number: eight digits, 10000000 to 99999999.</summary>
    public string? Ukprn { get; set; }

    public string TimeZoneId { get; set; } = "Europe/London";

    public DateOnly AcademicYearStart { get; set; } = new(2026, 9, 1);

    public DateOnly AcademicYearEnd { get; set; } = new(2027, 7, 31);

    /// <summary>Used when a specialism does not say how many hours its placement needs.</summary>
    public int DefaultRequiredHours { get; set; } = 315;

    public int MaxEmployersPerPlacement { get; set; } = 2;

    public int TasterCapHours { get; set; } = 35;

    /// <summary>Share of the required hours that supervised team projects may count for (a third).</summary>
    public decimal TeamProjectCapPercent { get; set; } = 33.3333m;

    /// <summary>
    /// Share of the required hours that skills hubs or employer training centres may count for (a third).
    /// </summary>
    public decimal SkillsHubCapPercent { get; set; } = 33.3333m;

    /// <summary>DfE rule since January 2025: team projects and skills hubs are not combined.</summary>
    public bool AllowTeamProjectsWithSkillsHubs { get; set; }

    /// <summary>
    /// Least share of the required hours before special consideration may be given; 0 means no minimum.
    /// </summary>
    public int SpecialConsiderationMinimumPercent { get; set; }

    /// <summary>How many days before a due-diligence check expires it is flagged as expiring soon.</summary>
    public int DueDiligenceWarningDays { get; set; } = 30;

    // The caseload status (docs/caseload.md): thresholds behind each red, amber or green, with defaults.

    /// <summary>Counted hours below this share of the hours expected by today make a placement amber.</summary>
    public int HoursAmberBelowPercent { get; set; } = 90;

    /// <summary>Counted hours below this share of the hours expected by today make a placement red.</summary>
    public int HoursRedBelowPercent { get; set; } = 75;

    /// <summary>
    /// The month and day placements should finish by, in the year of the student's expected end date (DOMAIN.md:
    /// 31 July of the final year).
    /// </summary>
    public int PlacementDeadlineMonth { get; set; } = 7;

    public int PlacementDeadlineDay { get; set; } = 31;

    /// <summary>A formal review overdue by more than this many days turns red; before that it is amber.</summary>
    public int ReviewOverdueRedDays { get; set; } = 14;

    /// <summary>A submitted timesheet waiting longer than this many days for approval is flagged.</summary>
    public int TimesheetApprovalDays { get; set; } = 7;

    /// <summary>An active placement with no logbook entry for this many days is flagged.</summary>
    public int LogbookGapDays { get; set; } = 14;

    /// <summary>Unauthorised absences and late arrivals in the last four weeks that make a pattern.</summary>
    public int AttendanceConcernCount { get; set; } = 2;

    /// <summary>How many days before the start date the agreement should be fully signed.</summary>
    public int AgreementSigningDays { get; set; } = 7;

    /// <summary>Areas rated at the lowest level in the last review that make a placement a concern.</summary>
    public int NeedsImprovementAreas { get; set; } = 2;

    /// <summary>How many days an employer's concern note counts as recent.</summary>
    public int ConcernNoteDays { get; set; } = 28;

    /// <summary>Status reason codes the provider has chosen not to count, comma-separated; empty counts all.</summary>
    public string IgnoredStatusReasons { get; set; } = "";

    public uint Version { get; set; }
}

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

    public uint Version { get; set; }
}

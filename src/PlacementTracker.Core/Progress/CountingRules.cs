using PlacementTracker.Core.ReferenceData;
using PlacementTracker.Core.Settings;

namespace PlacementTracker.Core.Progress;

/// <summary>
/// What may count towards one industry placement's hours (DESIGN.md §5): the required hours, and the caps on
/// remote work, tasters, team projects and skills hubs from the student's specialism and the provider settings.
/// </summary>
public sealed record CountingRules(
    int RequiredHours,
    string SpecialismName,
    int RemoteCapPercent,
    bool FlexibleApproachesAllowed,
    int TasterCapHours,
    decimal TeamProjectCapPercent,
    decimal SkillsHubCapPercent,
    bool AllowTeamProjectsWithSkillsHubs)
{
    public int RequiredMinutes => RequiredHours * 60;

    public static CountingRules For(int requiredHours, Specialism? specialism, ProviderSettings settings) => new(
        requiredHours,
        specialism?.Name ?? "this specialism",
        specialism?.RemoteCapPercent ?? 0,
        specialism?.FlexibleApproachesAllowed ?? true,
        settings.TasterCapHours,
        settings.TeamProjectCapPercent,
        settings.SkillsHubCapPercent,
        settings.AllowTeamProjectsWithSkillsHubs);

    /// <summary>A share of the required hours, to the nearest minute (a third of 315 hours is 105 hours).</summary>
    public int ShareOfRequired(decimal percent) =>
        (int)Math.Round(RequiredMinutes * percent / 100m, MidpointRounding.AwayFromZero);
}

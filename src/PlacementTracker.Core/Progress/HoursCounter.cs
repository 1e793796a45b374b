using System.Globalization;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Progress;

/// <summary>Approved minutes of one kind on one placement, and the first date they were worked.</summary>
public sealed record ApprovedTime(Guid PlacementId, DateOnly PlacementStart, TimeEntryKind Kind, int Minutes,
    DateOnly FirstDate);

/// <summary>Approved time of one kind: how much was recorded, how much counts, and why the rest does not.</summary>
public sealed record KindHours(TimeEntryKind Kind, int RecordedMinutes, int CountedMinutes, string? NotCountedReason)
{
    public int NotCountedMinutes => RecordedMinutes - CountedMinutes;
}

/// <summary>The counted time of an industry placement, in total, by kind, and as shared among its placements.</summary>
public sealed record HoursCount(
    IReadOnlyList<KindHours> ByKind,
    IReadOnlyDictionary<(Guid PlacementId, TimeEntryKind Kind), int> CountedByPlacementAndKind)
{
    public int RecordedMinutes => ByKind.Sum(k => k.RecordedMinutes);

    public int CountedMinutes => ByKind.Sum(k => k.CountedMinutes);

    public int CountedFor(Guid placementId) =>
        CountedByPlacementAndKind.Where(p => p.Key.PlacementId == placementId).Sum(p => p.Value);
}

/// <summary>
/// Applies the caps of DOMAIN.md to an industry placement's approved time. Caps are on the whole industry
/// placement; the counted time of a capped kind goes to its placements in the order they started.
/// </summary>
public static class HoursCounter
{
    public static HoursCount Count(CountingRules rules, IReadOnlyCollection<ApprovedTime> approved)
    {
        var excludedByCombination = ExcludedByCombination(rules, approved);
        var byKind = new List<KindHours>();
        var shares = new Dictionary<(Guid, TimeEntryKind), int>();
        foreach (var kind in Enum.GetValues<TimeEntryKind>())
        {
            var ofKind = approved.Where(a => a.Kind == kind && a.Minutes > 0)
                .OrderBy(a => a.PlacementStart).ThenBy(a => a.FirstDate).ToList();
            if (ofKind.Count == 0)
            {
                continue;
            }

            var recorded = ofKind.Sum(a => a.Minutes);
            var (cap, reason) = kind == excludedByCombination
                ? (0, CombinationReason(kind))
                : Cap(rules, kind);
            var counted = Math.Min(recorded, cap);
            byKind.Add(new KindHours(kind, recorded, counted, counted < recorded ? reason : null));
            Share(ofKind, counted, shares);
        }

        return new HoursCount(byKind, shares);
    }

    private static void Share(List<ApprovedTime> ofKind, int counted, Dictionary<(Guid, TimeEntryKind), int> shares)
    {
        var left = counted;
        foreach (var time in ofKind)
        {
            var share = Math.Min(left, time.Minutes);
            var key = (time.PlacementId, time.Kind);
            shares[key] = shares.GetValueOrDefault(key) + share;
            left -= share;
        }
    }

    private static (int Cap, string Reason) Cap(CountingRules rules, TimeEntryKind kind)
    {
        if (kind != TimeEntryKind.OnSite && !rules.FlexibleApproachesAllowed)
        {
            return (0, $"{Label(kind)} does not count for {rules.SpecialismName}: flexible approaches do not apply");
        }

        return kind switch
        {
            TimeEntryKind.Remote => (rules.ShareOfRequired(rules.RemoteCapPercent),
                $"Remote work counts up to {rules.RemoteCapPercent}% of the required hours " +
                $"({TimeRules.Hours(rules.ShareOfRequired(rules.RemoteCapPercent))})"),
            TimeEntryKind.WorkTaster => (rules.TasterCapHours * 60,
                $"Work tasters count up to {rules.TasterCapHours} hours"),
            TimeEntryKind.TeamProject => (rules.ShareOfRequired(rules.TeamProjectCapPercent),
                $"Team projects count up to {Percent(rules.TeamProjectCapPercent)} of the required hours " +
                $"({TimeRules.Hours(rules.ShareOfRequired(rules.TeamProjectCapPercent))})"),
            TimeEntryKind.SkillsHub => (rules.ShareOfRequired(rules.SkillsHubCapPercent),
                $"Skills hubs count up to {Percent(rules.SkillsHubCapPercent)} of the required hours " +
                $"({TimeRules.Hours(rules.ShareOfRequired(rules.SkillsHubCapPercent))})"),
            _ => (int.MaxValue, ""),
        };
    }

    /// <summary>
    /// When team projects and skills hubs may not be combined, the one worked first counts and the other does not.
    /// </summary>
    private static TimeEntryKind? ExcludedByCombination(CountingRules rules, IReadOnlyCollection<ApprovedTime> approved)
    {
        if (rules.AllowTeamProjectsWithSkillsHubs)
        {
            return null;
        }

        var team = FirstDate(approved, TimeEntryKind.TeamProject);
        var hub = FirstDate(approved, TimeEntryKind.SkillsHub);
        if (team is null || hub is null)
        {
            return null;
        }

        return team <= hub ? TimeEntryKind.SkillsHub : TimeEntryKind.TeamProject;
    }

    private static DateOnly? FirstDate(IEnumerable<ApprovedTime> approved, TimeEntryKind kind) =>
        approved.Where(a => a.Kind == kind && a.Minutes > 0).Select(a => (DateOnly?)a.FirstDate).Min();

    private static string CombinationReason(TimeEntryKind excluded)
    {
        var counted = excluded == TimeEntryKind.SkillsHub ? TimeEntryKind.TeamProject : TimeEntryKind.SkillsHub;
        return $"Team projects and skills hubs cannot both count: {Label(counted).ToLowerInvariant()} came first, " +
            $"so {Label(excluded).ToLowerInvariant()} does not count";
    }

    private static string Percent(decimal percent) =>
        Math.Abs(percent - 33.3333m) < 0.01m
            ? "a third"
            : percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Label(TimeEntryKind kind) => kind switch
    {
        TimeEntryKind.OnSite => "On site",
        TimeEntryKind.Remote => "Remote work",
        TimeEntryKind.WorkTaster => "Work tasters",
        TimeEntryKind.TeamProject => "Team projects",
        TimeEntryKind.SkillsHub => "Skills hubs",
        _ => "Relevant part-time work",
    };
}

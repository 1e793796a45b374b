using System.Globalization;
using PlacementTracker.Core.Documents;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;

namespace PlacementTracker.Core.Reviews;

/// <summary>
/// What the student achieved on a placement, worded to go straight into a CV or an application: the employer, the
/// role, the hours counted, each objective achieved and the skills it showed (DOMAIN.md step 7).
/// </summary>
public static class AchievementsSummary
{
    public const string Title = "Industry placement achievements";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="placement">The placement, with its student and employer loaded.</param>
    /// <param name="countedMinutes">The placement's hours that count, in minutes.</param>
    /// <param name="objectives">The plan's objectives and learning goals.</param>
    public static PrintedDocument Build(
        Placement placement,
        int countedMinutes,
        IReadOnlyCollection<Objective> objectives)
    {
        var achieved = objectives
            .Where(o => !o.Removed && o.Status == ObjectiveStatus.Achieved)
            .OrderBy(o => o.Position)
            .ToList();
        var hours = countedMinutes / 60;
        var employer = placement.Employer?.Name ?? "";
        var sections = new List<DocumentSection>
        {
            new("The placement",
            [
                new DocumentFacts(
                [
                    ("Student", placement.Student?.FullName ?? ""),
                    ("Employer", employer),
                    ("Role", placement.RoleTitle),
                    ("Dates", $"{Month(placement.PlannedStart)} to {Month(placement.PlannedEnd)}"),
                    ("Hours counted", hours.ToString(English)),
                ]),
            ]),
            new("For your CV", [new DocumentParagraph(Opening(placement, employer, hours))]),
        };
        sections.Add(achieved.Count == 0
            ? new DocumentSection("Objectives achieved", [new DocumentParagraph("No objectives achieved yet.")])
            : new DocumentSection("Objectives achieved", [new DocumentList([.. achieved.Select(Sentence)])]));
        var skills = achieved
            .Select(o => o.SpecialismSkill?.Trim())
            .Where(s => !string.IsNullOrEmpty(s))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(s => s!)
            .ToList();
        if (skills.Count > 0)
        {
            sections.Add(new DocumentSection("Skills shown", [new DocumentList(skills)]));
        }

        return new PrintedDocument(Title, sections);
    }

    private static string Opening(Placement placement, string employer, int hours) =>
        placement.Status == PlacementStatus.Completed
            ? $"Completed a T Level industry placement as {placement.RoleTitle} at {employer}, working {hours} " +
              $"hours from {Month(placement.PlannedStart)} to {Month(placement.PlannedEnd)}."
            : $"On a T Level industry placement as {placement.RoleTitle} at {employer} since " +
              $"{Month(placement.PlannedStart)}, with {hours} hours worked so far.";

    private static string Sentence(Objective objective)
    {
        var what = objective.Description.Trim().TrimEnd('.');
        return objective.SpecialismSkill is { Length: > 0 } skill
            ? $"Achieved the objective \u201c{what}\u201d, showing skill in {Lower(skill.Trim())}."
            : $"Achieved the objective \u201c{what}\u201d.";
    }

    /// <summary>Lower-cases the first letter for use mid-sentence, unless the word looks like an acronym.</summary>
    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[1]) ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Month(DateOnly date) => date.ToString("MMMM yyyy", English);
}

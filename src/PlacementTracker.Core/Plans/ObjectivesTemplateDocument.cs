using System.Globalization;
using PlacementTracker.Core.Documents;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Plans;

/// <summary>
/// The industry placement objectives template (DOMAIN.md step 4): the role, working pattern, hours and dates,
/// the plan's objectives, learning goals and activities, and what the student needs before starting. It must
/// agree with the agreement, which is why it carries the plan version.
/// </summary>
public static class ObjectivesTemplateDocument
{
    public const string Title = "Industry placement objectives template";

    private const string NoneRecorded = "None recorded";

    /// <param name="placement">The placement, with its student and employer loaded.</param>
    /// <param name="plan">The plan, with the objectives still on it.</param>
    /// <param name="opportunity">The opportunity the placement came from, if any.</param>
    public static PrintedDocument Build(Placement placement, PlacementPlan plan, Opportunity? opportunity)
    {
        var onPlan = plan.Objectives.Where(o => !o.Removed).OrderBy(o => o.Position).ToList();
        var objectives = onPlan.Where(o => o.Category == ObjectiveCategory.Objective).ToList();
        var goals = onPlan.Where(o => o.Category == ObjectiveCategory.LearningGoal).ToList();
        return new PrintedDocument(Title,
        [
            new DocumentSection("The placement", [PlacementFacts(placement, plan)]),
            new DocumentSection("Objectives", Blocks(objectives, "Objective", "No objectives recorded yet.")),
            new DocumentSection("Learning goals", Blocks(goals, "Learning goal", "No learning goals recorded yet.")),
            new DocumentSection("Activities", [Activities(onPlan)]),
            new DocumentSection("Before the placement starts",
            [
                new DocumentFacts(
                [
                    ("Minimum starting requirements", Text(opportunity?.MinimumStartingRequirements)),
                    ("Suggested prior learning", Text(opportunity?.SuggestedPriorLearning)),
                ]),
            ]),
        ]);
    }

    /// <summary>The working days in words: a run of days as "Monday to Friday", others listed.</summary>
    public static string Days(WorkingDays days)
    {
        var chosen = Enum.GetValues<WorkingDays>().Where(d => d != WorkingDays.None && days.HasFlag(d)).ToList();
        if (chosen.Count == 0)
        {
            return NoneRecorded;
        }

        var isRun = chosen.Count >= 3 && (int)chosen[^1] == (int)chosen[0] << (chosen.Count - 1);
        return isRun ? $"{chosen[0]} to {chosen[^1]}" : string.Join(", ", chosen);
    }

    private static DocumentFacts PlacementFacts(Placement placement, PlacementPlan plan)
    {
        var pattern = placement.WorkingHours is { Length: > 0 } hours
            ? $"{Days(placement.WorkingDays)}, {hours}"
            : Days(placement.WorkingDays);
        return new DocumentFacts(
        [
            ("Student", placement.Student?.FullName ?? NoneRecorded),
            ("Role title", placement.RoleTitle),
            ("Employer", placement.Employer?.Name ?? NoneRecorded),
            ("Working pattern", pattern),
            ("Duration", $"{placement.PlannedHours.ToString(CultureInfo.InvariantCulture)} hours"),
            ("Planned start", LongDate(placement.PlannedStart)),
            ("Planned end", LongDate(placement.PlannedEnd)),
            ("Plan version", plan.Number.ToString(CultureInfo.InvariantCulture)),
        ]);
    }

    private static List<DocumentBlock> Blocks(List<Objective> objectives, string label, string empty)
    {
        if (objectives.Count == 0)
        {
            return [new DocumentParagraph(empty)];
        }

        return [.. objectives.Select((o, i) => (DocumentBlock)new DocumentFacts(
        [
            ($"{label} {(i + 1).ToString(CultureInfo.InvariantCulture)}", o.Description),
            ("Kind", PlanRules.Name(o.Kind)),
            ("Specialism skill", Text(o.SpecialismSkill)),
            ("Success criteria", Text(o.SuccessCriteria)),
            ("Target date", o.TargetDate is { } date ? LongDate(date) : NoneRecorded),
        ]))];
    }

    private static DocumentBlock Activities(List<Objective> objectives)
    {
        var activities = objectives
            .Where(o => !string.IsNullOrWhiteSpace(o.Activities))
            .Select(o => $"{o.Description}: {o.Activities}")
            .ToList();
        return activities.Count == 0
            ? new DocumentParagraph("No activities recorded yet.")
            : new DocumentList(activities);
    }

    private static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? NoneRecorded : value.Trim();

    private static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

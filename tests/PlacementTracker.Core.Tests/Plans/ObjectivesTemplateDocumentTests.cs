using PlacementTracker.Core.Documents;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Tests.Plans;

public sealed class ObjectivesTemplateDocumentTests
{
    [Fact]
    public void Build_HoldsTheRolePatternHoursDatesObjectivesGoalsAndStartingRequirements()
    {
        var plan = new PlacementPlan { Number = 2 };
        plan.Objectives.AddRange(
        [
            Objective(ObjectiveCategory.Objective, "Fix defects", "Pick tickets", 2),
            Objective(ObjectiveCategory.LearningGoal, "Learn deployment", null, 3),
            Objective(ObjectiveCategory.Objective, "Old objective", "Gone", 1, removed: true),
        ]);
        var opportunity = new Opportunity
        {
            MinimumStartingRequirements = "DBS check",
            SuggestedPriorLearning = "Unit 3",
        };

        var text = ObjectivesTemplateDocument.Build(Placement(), plan, opportunity).ToPlainText();

        Assert.StartsWith("Industry placement objectives template\n", text, StringComparison.Ordinal);
        Assert.Contains("Role title: Junior developer\n", text, StringComparison.Ordinal);
        Assert.Contains("Employer: Acme Software\n", text, StringComparison.Ordinal);
        Assert.Contains("Working pattern: Monday to Friday, 09:00 to 16:30\n", text, StringComparison.Ordinal);
        Assert.Contains("Duration: 315 hours\n", text, StringComparison.Ordinal);
        Assert.Contains("Planned start: 7 September 2026\n", text, StringComparison.Ordinal);
        Assert.Contains("Plan version: 2\n", text, StringComparison.Ordinal);
        Assert.Contains("Objective 1: Fix defects\n", text, StringComparison.Ordinal);
        Assert.Contains("Learning goal 1: Learn deployment\n", text, StringComparison.Ordinal);
        Assert.Contains("- Fix defects: Pick tickets\n", text, StringComparison.Ordinal);
        Assert.Contains("Minimum starting requirements: DBS check\n", text, StringComparison.Ordinal);
        Assert.Contains("Suggested prior learning: Unit 3\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Old objective", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithoutAnOpportunity_SaysNoneRecorded()
    {
        var document = ObjectivesTemplateDocument.Build(Placement(), new PlacementPlan(), null);

        var before = document.Sections.Single(s => s.Heading == "Before the placement starts");
        var facts = Assert.IsType<DocumentFacts>(Assert.Single(before.Blocks));
        Assert.All(facts.Rows, row => Assert.Equal("None recorded", row.Value));
    }

    [Theory]
    [InlineData(WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday, "Monday to Wednesday")]
    [InlineData(WorkingDays.Tuesday | WorkingDays.Wednesday, "Tuesday, Wednesday")]
    [InlineData(WorkingDays.Monday | WorkingDays.Wednesday | WorkingDays.Friday, "Monday, Wednesday, Friday")]
    [InlineData(WorkingDays.None, "None recorded")]
    public void Days_DescribesTheWorkingDays(WorkingDays days, string expected) =>
        Assert.Equal(expected, ObjectivesTemplateDocument.Days(days));

    private static Placement Placement() => new()
    {
        RoleTitle = "Junior developer",
        Student = new Student { GivenName = "Ada", FamilyName = "Lovelace" },
        Employer = new Employer { Name = "Acme Software" },
        WorkingDays = WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday | WorkingDays.Thursday
            | WorkingDays.Friday,
        WorkingHours = "09:00 to 16:30",
        PlannedHours = 315,
        PlannedStart = new DateOnly(2026, 9, 7),
        PlannedEnd = new DateOnly(2027, 1, 29),
    };

    private static Objective Objective(
        ObjectiveCategory category,
        string description,
        string? activities,
        int position,
        bool removed = false) => new()
        {
            Category = category,
            Description = description,
            Activities = activities,
            Position = position,
            Removed = removed,
        };
}

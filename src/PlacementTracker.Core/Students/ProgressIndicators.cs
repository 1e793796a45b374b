namespace PlacementTracker.Core.Students;

/// <summary>
/// The default progress-indicator framework (DOMAIN.md): the areas a student is rated on, and the levels.
/// </summary>
public static class ProgressIndicators
{
    public static IReadOnlyList<string> Areas { get; } =
    [
        "Attendance",
        "Timekeeping",
        "Communication",
        "Teamwork",
        "Attitude and professionalism",
        "Initiative",
        "Resilience",
        "Technical skills",
        "Quality of work",
    ];

    public static IReadOnlyList<ProgressLevel> Levels { get; } =
        [ProgressLevel.NeedsImprovement, ProgressLevel.Good, ProgressLevel.Excellent];

    public static string DisplayName(ProgressLevel level) => level switch
    {
        ProgressLevel.NeedsImprovement => "Needs improvement",
        _ => level.ToString(),
    };
}

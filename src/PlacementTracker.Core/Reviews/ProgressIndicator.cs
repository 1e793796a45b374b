namespace PlacementTracker.Core.Reviews;

/// <summary>
/// An area of the progress-indicator framework reviews and appraisals rate, such as timekeeping. Retired areas
/// stay for the reviews that used them; ratings keep the area's name as it was when they were given.
/// </summary>
public class ProgressIndicatorArea
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public int Position { get; set; }

    public DateTime? RetiredAtUtc { get; set; }
}

/// <summary>A level an area can be rated at, such as Good; ordered from the lowest.</summary>
public class ProgressIndicatorLevel
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public int Position { get; set; }

    public DateTime? RetiredAtUtc { get; set; }
}

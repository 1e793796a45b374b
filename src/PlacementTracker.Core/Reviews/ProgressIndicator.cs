namespace PlacementTracker.Core.Reviews;

/// <summary>
/// An area of the progress-indicator framework reviews and appraisals rate, such as timekeeping. Retired areas
/// stay for the reviews that used them; ratings keep the area's name as it was when they were given.
/// </summary>
public class ProgressIndicatorArea : IProgressIndicatorItem
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public int Position { get; set; }

    public DateTime? RetiredAtUtc { get; set; }
}

/// <summary>A level an area can be rated at, such as Good; ordered from the lowest.</summary>
public class ProgressIndicatorLevel : IProgressIndicatorItem
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public int Position { get; set; }

    public DateTime? RetiredAtUtc { get; set; }
}

/// <summary>What areas and levels have in common, so administrators edit both the same way.</summary>
public interface IProgressIndicatorItem
{
    Guid Id { get; }

    string Name { get; set; }

    int Position { get; set; }

    DateTime? RetiredAtUtc { get; set; }
}

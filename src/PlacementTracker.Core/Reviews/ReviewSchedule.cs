namespace PlacementTracker.Core.Reviews;

/// <summary>
/// When the three formal reviews fall due, from the placement's planned dates: the start review two weeks after the
/// planned start, the middle review halfway between start and end, and the end review two weeks before the planned
/// end. On a placement shorter than about eight weeks the start and end reviews move towards the middle, never past
/// it, so the three always come in order. A coordinator can move any of them.
/// </summary>
public static class ReviewSchedule
{
    public const int StartReviewAfterDays = 14;

    public const int EndReviewBeforeDays = 14;

    public static IReadOnlyList<(ReviewKind Kind, DateOnly DueOn)> FormalReviews(
        DateOnly plannedStart,
        DateOnly plannedEnd)
    {
        var end = plannedEnd < plannedStart ? plannedStart : plannedEnd;
        var middle = plannedStart.AddDays((end.DayNumber - plannedStart.DayNumber) / 2);
        var startDue = Min(plannedStart.AddDays(StartReviewAfterDays), middle);
        var endDue = Max(end.AddDays(-EndReviewBeforeDays), middle);
        return [(ReviewKind.Start, startDue), (ReviewKind.Middle, middle), (ReviewKind.End, endDue)];
    }

    public static bool IsFormal(ReviewKind kind) => kind != ReviewKind.Informal;

    public static string Name(ReviewKind kind) => kind switch
    {
        ReviewKind.Start => "Start review",
        ReviewKind.Middle => "Middle review",
        ReviewKind.End => "End review",
        _ => "Informal review",
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

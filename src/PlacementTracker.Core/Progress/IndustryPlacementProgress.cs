using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Progress;

/// <summary>One placement's part of the progress: its counted time against its plan.</summary>
public sealed record PlacementProgress(
    Guid PlacementId,
    PlacementStatus Status,
    PlannedSchedule Schedule,
    int RecordedMinutes,
    int CountedMinutes,
    int ExpectedMinutes,
    Projection Projection);

/// <summary>
/// A student's industry placement as a whole: counted hours against the required hours, by kind, the hours
/// expected by today from the working patterns and the calendar, and when the hours will be reached.
/// </summary>
public sealed record IndustryPlacementProgress(
    Guid IndustryPlacementId,
    DateOnly Today,
    CountingRules Rules,
    HoursCount Count,
    int ExpectedMinutes,
    IReadOnlyList<PlacementProgress> Placements,
    Projection Projection)
{
    public int RequiredMinutes => Rules.RequiredMinutes;

    public int CountedMinutes => Count.CountedMinutes;

    public PlacementProgress? For(Guid placementId) => Placements.FirstOrDefault(p => p.PlacementId == placementId);
}

/// <summary>A week of a placement: planned and counted minutes, in the week and in total by its end.</summary>
public sealed record ProgressWeek(DateOnly WeekStart, int PlannedToDate, int CountedInWeek, int? CountedToDate);

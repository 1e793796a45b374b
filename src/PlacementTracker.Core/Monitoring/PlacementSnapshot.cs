using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Monitoring;

/// <summary>
/// What the status rules need to know about one placement, gathered for many placements at once by
/// <see cref="CaseloadLoader"/>. Lists hold only the records a rule could act on (recent, waiting or overdue).
/// </summary>
public sealed record PlacementSnapshot
{
    public required Guid PlacementId { get; init; }

    public required PlacementStatus Status { get; init; }

    public required DateOnly PlannedStart { get; init; }

    public required DateOnly PlannedEnd { get; init; }

    /// <summary>The student's expected end date: the deadline is in its year.</summary>
    public required DateOnly StudentExpectedEnd { get; init; }

    public int CountedMinutes { get; init; }

    public int ExpectedMinutes { get; init; }

    /// <summary>The industry placement's required hours, in minutes, across all its placements.</summary>
    public int RequiredMinutes { get; init; }

    /// <summary>When the industry placement's counted hours reach the required hours at the current rate.</summary>
    public DateOnly? ProjectedCompletion { get; init; }

    /// <summary>True when there is a rate but it would take longer than the projection looks ahead.</summary>
    public bool ProjectedBeyondHorizon { get; init; }

    public bool HoursReached { get; init; }

    public IReadOnlyList<ReviewFact> Reviews { get; init; } = [];

    /// <summary>When each timesheet still waiting for a decision was submitted.</summary>
    public IReadOnlyList<DateTime> WaitingTimesheetsSubmittedUtc { get; init; } = [];

    public DateOnly? LastLogbookEntry { get; init; }

    /// <summary>Absences and late arrivals recorded in the last four weeks.</summary>
    public IReadOnlyList<AttendanceFact> RecentAttendance { get; init; } = [];

    /// <summary>True when student, provider and employer all stand signed on the current agreement.</summary>
    public bool AgreementFullySigned { get; init; }

    /// <summary>The employer's due-diligence checks that expired before today.</summary>
    public IReadOnlyList<CheckFact> ExpiredChecks { get; init; } = [];

    /// <summary>Objectives and learning goals with a target date before today that are not achieved.</summary>
    public IReadOnlyList<ObjectiveFact> OverdueObjectives { get; init; } = [];

    /// <summary>The dates of recent concern notes written by the employer's supervisors.</summary>
    public IReadOnlyList<DateOnly> RecentEmployerConcerns { get; init; } = [];
}

public sealed record ReviewFact(
    ReviewKind Kind,
    DateOnly? DueOn,
    DateOnly? HeldOn,
    IReadOnlyList<string> LowestRatedAreas,
    string? LowestLevelName);

public sealed record AttendanceFact(DateOnly Date, AttendanceKind Kind);

public sealed record CheckFact(DueDiligenceKind Kind, DateOnly ExpiresOn);

public sealed record ObjectiveFact(DateOnly TargetDate, ObjectiveStatus Status);

namespace PlacementTracker.Core.Timesheets;

/// <summary>Tells supervisors about weeks waiting for them; the web app sends these as email.</summary>
public interface ITimesheetMessages
{
    /// <summary>A week was submitted: the supervisor gets its entries and a single-use link to decide on it.</summary>
    Task WeekSubmittedAsync(SubmittedWeek week, string token, CancellationToken cancellationToken = default);
}

/// <summary>A submitted week as its supervisor is told about it.</summary>
public sealed record SubmittedWeek(
    string SupervisorEmail,
    string SupervisorName,
    string StudentName,
    DateOnly WeekStart,
    IReadOnlyList<TimeEntry> Entries);

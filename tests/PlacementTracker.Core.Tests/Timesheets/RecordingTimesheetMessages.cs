using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Tests.Timesheets;

/// <summary>Keeps the weeks the service would email to supervisors, with their link tokens.</summary>
internal sealed class RecordingTimesheetMessages : ITimesheetMessages
{
    public List<(SubmittedWeek Week, string Token)> Sent { get; } = [];

    public Task WeekSubmittedAsync(SubmittedWeek week, string token, CancellationToken cancellationToken = default)
    {
        Sent.Add((week, token));
        return Task.CompletedTask;
    }
}

using PlacementTracker.Core.Monitoring;
using PlacementTracker.Core.Reminders;

namespace PlacementTracker.Web.Reminders;

/// <summary>
/// Runs the reminder job every day at Reminders:DailyAt (UK time), and once at start-up when that time has already
/// passed today, so a server that was down at the time catches up. Every app server may run it: the claims in the
/// database keep each reminder once-only, so two servers running at once send nothing twice. Each run first records
/// the placements whose red, amber or green status changed (<see cref="PlacementRagRecorder"/>), once per day by the
/// same kind of database key.
/// </summary>
public sealed partial class DailyReminders(
    IServiceScopeFactory scopes,
    ReminderOptions options,
    TimeProvider clock,
    ILogger<DailyReminders> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        var dailyAt = options.DailyAtTime;
        if (ReminderSchedule.IsPastTodaysRun(clock.GetUtcNow(), dailyAt))
        {
            await RunOnceAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = ReminderSchedule.NextRun(clock.GetUtcNow(), dailyAt) - clock.GetUtcNow();
            await Task.Delay(wait, clock, stoppingToken);
            await RunOnceAsync(stoppingToken);
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PlacementRagRecorder>().RecordTodayAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRecordFailed(logger, e);
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunTodayAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRunFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Recording today's red, amber and green changes failed; it runs again tomorrow")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The daily reminder run failed; it runs again tomorrow")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}

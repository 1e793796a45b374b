using Microsoft.Extensions.Logging;

namespace PlacementTracker.Benchmarks;

/// <summary>
/// With BENCHMARK_LOG_QUERIES set to a number of milliseconds, writes every database command that took at least
/// that long to the console, with its SQL: to see which query of a benchmark costs the time.
/// </summary>
internal sealed class SlowQueryLog(int thresholdMs) : ILoggerProvider
{
    public const string Variable = "BENCHMARK_LOG_QUERIES";

    private const int CommandExecuted = 20101;

    public static int? Threshold =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), out var ms) ? ms : null;

    public ILogger CreateLogger(string categoryName) =>
        categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? new CommandLogger(thresholdMs) : NoLog;

    public void Dispose()
    {
    }

    private static readonly ILogger NoLog = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    private sealed class CommandLogger(int thresholdMs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id != CommandExecuted || state is not IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                return;
            }

            var elapsed = values.FirstOrDefault(v => v.Key == "elapsed").Value?.ToString();
            if (int.TryParse(elapsed, out var ms) && ms >= thresholdMs)
            {
                Console.WriteLine($"// SLOW {ms} ms: {formatter(state, exception).ReplaceLineEndings(" ")}");
            }
        }
    }
}

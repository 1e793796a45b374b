using System.Collections.Concurrent;
using PlacementTracker.Core.Reminders;

namespace PlacementTracker.Core.Tests.Reminders;

/// <summary>Keeps the reminders that would have been emailed; can be told to fail, as a mail server might.</summary>
public sealed class RecordingReminderMessages : IReminderMessages
{
    public ConcurrentQueue<ReminderMessage> Sent { get; } = new();

    public int FailuresToCome { get; set; }

    public Task SendAsync(ReminderMessage message, CancellationToken cancellationToken = default)
    {
        if (FailuresToCome > 0)
        {
            FailuresToCome--;
            throw new InvalidOperationException("The mail server refused the connection");
        }

        Sent.Enqueue(message);
        return Task.CompletedTask;
    }

    public IReadOnlyList<string> To(string email) =>
        [.. Sent.Where(m => m.ToEmail == email).Select(m => m.Subject)];
}

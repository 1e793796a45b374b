namespace PlacementTracker.Core.Reminders;

/// <summary>
/// A reminder a finder says is due today. Its key (kind, subject, recipient, period) is what is sent at most once.
/// </summary>
public sealed record DueReminder(
    ReminderKind Kind,
    Guid SubjectId,
    string RecipientUserId,
    string PeriodKey,
    string Subject,
    string Body,
    string LinkPath);

/// <summary>Finds the reminders of one kind that are due on a day; <see cref="ReminderRun"/> sends them.</summary>
public interface IReminderFinder
{
    ReminderKind Kind { get; }

    Task<IReadOnlyList<DueReminder>> FindAsync(DateOnly today, CancellationToken cancellationToken = default);
}

/// <summary>A reminder as its recipient gets it; the web app sends it as email.</summary>
public sealed record ReminderMessage(string ToEmail, string ToName, string Subject, string Body, string LinkPath);

public interface IReminderMessages
{
    Task SendAsync(ReminderMessage message, CancellationToken cancellationToken = default);
}

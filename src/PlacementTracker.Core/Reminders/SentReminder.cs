namespace PlacementTracker.Core.Reminders;

/// <summary>
/// One reminder claimed for sending: the claim is the row itself. The unique key (kind, subject, recipient, period)
/// is what makes a reminder go at most once, whichever app server or run gets to it first.
/// </summary>
public class SentReminder
{
    public Guid Id { get; set; }

    public ReminderKind Kind { get; set; }

    /// <summary>The record the reminder is about: a review, timesheet, placement, signed document or check.</summary>
    public Guid SubjectId { get; set; }

    public string RecipientUserId { get; set; } = "";

    /// <summary>
    /// Which occurrence this is: a due date (yyyy-MM-dd), an ISO week (2026-W49) or a submission date, so the same
    /// thing is reminded about again only when its period changes.
    /// </summary>
    public string PeriodKey { get; set; } = "";

    /// <summary>The email's subject line, kept to show people what they were sent.</summary>
    public string Subject { get; set; } = "";

    /// <summary>Where the reminder points in the app, relative to the site's address.</summary>
    public string LinkPath { get; set; } = "";

    public ReminderStatus Status { get; set; }

    /// <summary>How many times sending was tried, counting the first.</summary>
    public int Attempts { get; set; }

    public DateTime ClaimedAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    /// <summary>Why the last attempt failed; null unless it did.</summary>
    public string? Failure { get; set; }
}

public enum ReminderStatus
{
    /// <summary>Claimed by a run that is sending it, or that stopped before it could say whether it had.</summary>
    Sending,
    Sent,

    /// <summary>Sending failed; a later run tries again while the reminder is still due.</summary>
    Failed,
}

/// <summary>A kind of reminder an administrator has switched off. Kinds without a row are on.</summary>
public class ReminderKindSwitchedOff
{
    public ReminderKind Kind { get; set; }

    public DateTime SwitchedOffAtUtc { get; set; }

    public string? SwitchedOffByUserId { get; set; }
}

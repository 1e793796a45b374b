using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Reminders;

public sealed record ReminderRunResult(int Sent, int AlreadyClaimed, int Failed);

/// <summary>
/// The daily reminder job: asks each finder whose kind is switched on what is due today, and sends each reminder at
/// most once. A reminder is claimed before it is sent by inserting its <see cref="SentReminder"/> row; the unique key
/// makes the database refuse a second claim from any run on any server, so only the claimant sends it.
/// If sending fails the row is marked failed and a later run that finds it still due claims it again (an update that
/// only one run can win), up to <see cref="ReminderOptions.MaxAttempts"/> tries. A run that stops between claiming
/// and sending leaves the row as sending: it is not sent again, because it may already have gone.
/// </summary>
public sealed partial class ReminderRun(
    PlacementDbContext db,
    IEnumerable<IReminderFinder> finders,
    IReminderMessages messages,
    ReminderOptions options,
    TimeProvider clock,
    ILogger<ReminderRun> logger)
{
    /// <summary>The kinds something can send today, in the order of <see cref="ReminderKind"/>.</summary>
    public IReadOnlyList<ReminderKind> AvailableKinds =>
        [.. finders.Select(f => f.Kind).Distinct().Order()];

    public Task<ReminderRunResult> RunTodayAsync(CancellationToken cancellationToken = default) =>
        RunAsync(TimeRules.Today(clock), cancellationToken);

    public async Task<ReminderRunResult> RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var switchedOff = await db.ReminderKindsSwitchedOff.Select(o => o.Kind).ToListAsync(cancellationToken);
        var due = new List<DueReminder>();
        foreach (var finder in finders.Where(f => !switchedOff.Contains(f.Kind)))
        {
            due.AddRange(await finder.FindAsync(today, cancellationToken));
        }

        var recipientIds = due.Select(d => d.RecipientUserId).Distinct().ToList();
        var recipients = await db.Users
            .Where(u => recipientIds.Contains(u.Id) && u.Email != null)
            .Select(u => new { u.Id, Email = u.Email!, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, cancellationToken);

        int sent = 0, claimed = 0, failed = 0;
        foreach (var reminder in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!recipients.TryGetValue(reminder.RecipientUserId, out var recipient))
            {
                continue;
            }

            var claim = await ClaimAsync(reminder, cancellationToken);
            if (claim is null)
            {
                claimed++;
                continue;
            }

            try
            {
                await messages.SendAsync(
                    new ReminderMessage(recipient.Email, recipient.DisplayName, reminder.Subject, reminder.Body,
                        reminder.LinkPath),
                    cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSendFailed(logger, e, reminder.Kind);
                var failure = e.Message.Length > 500 ? e.Message[..500] : e.Message;
                await db.SentReminders.Where(r => r.Id == claim.Value).ExecuteUpdateAsync(
                    s => s.SetProperty(r => r.Status, ReminderStatus.Failed).SetProperty(r => r.Failure, failure),
                    CancellationToken.None);
                failed++;
                continue;
            }

            var sentAt = clock.GetUtcNow().UtcDateTime;
            await db.SentReminders.Where(r => r.Id == claim.Value).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, ReminderStatus.Sent)
                    .SetProperty(r => r.SentAtUtc, sentAt)
                    .SetProperty(r => r.Failure, (string?)null),
                CancellationToken.None);
            sent++;
        }

        LogRun(logger, today, sent, claimed, failed);
        return new ReminderRunResult(sent, claimed, failed);
    }

    /// <summary>
    /// Claims the reminder for this run: the id of its row when this run may send it, null when another run has it.
    /// </summary>
    private async Task<Guid?> ClaimAsync(DueReminder reminder, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var now = clock.GetUtcNow().UtcDateTime;
        var kind = reminder.Kind.ToString();
        var sending = nameof(ReminderStatus.Sending);

        // ON CONFLICT DO NOTHING means the same on SQLite and PostgreSQL: a row with this key already exists, so
        // another run claimed it; nothing is inserted and no error is raised.
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "SentReminders"
                ("Id", "Kind", "SubjectId", "RecipientUserId", "PeriodKey", "Subject", "LinkPath", "Status",
                 "Attempts", "ClaimedAtUtc")
            VALUES ({id}, {kind}, {reminder.SubjectId}, {reminder.RecipientUserId}, {reminder.PeriodKey},
                {reminder.Subject}, {reminder.LinkPath}, {sending}, 1, {now})
            ON CONFLICT ("Kind", "SubjectId", "RecipientUserId", "PeriodKey") DO NOTHING
            """,
            cancellationToken);
        if (inserted == 1)
        {
            return id;
        }

        // A failed reminder is tried again: the update succeeds for exactly one run, whichever commits first.
        var key = db.SentReminders.Where(r => r.Kind == reminder.Kind && r.SubjectId == reminder.SubjectId
            && r.RecipientUserId == reminder.RecipientUserId && r.PeriodKey == reminder.PeriodKey);
        var retried = await key
            .Where(r => r.Status == ReminderStatus.Failed && r.Attempts < options.MaxAttempts)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, ReminderStatus.Sending)
                    .SetProperty(r => r.Attempts, r => r.Attempts + 1)
                    .SetProperty(r => r.ClaimedAtUtc, now),
                cancellationToken);
        return retried == 1 ? await key.Select(r => r.Id).SingleAsync(cancellationToken) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending a {Kind} reminder failed; a later run tries again")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, ReminderKind kind);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Reminders for {Today}: {Sent} sent, {Claimed} already claimed, {Failed} failed")]
    private static partial void LogRun(ILogger logger, DateOnly today, int sent, int claimed, int failed);
}

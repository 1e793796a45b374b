using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Auditing;

namespace PlacementTracker.Core.Timesheets;

/// <summary>
/// A week's timesheet: submitted by the student, approved or returned by the supervisor (signed in, or from the
/// emailed link), reopened by a coordinator after approval. Submitting the same week twice changes nothing.
/// </summary>
public sealed partial class TimesheetService
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(14);

    public async Task<TimesheetResult> SubmitAsync(Guid placementId, DateOnly weekStart, Viewer viewer, Actor actor)
    {
        var placement = await FindPlacementAsync(placementId, viewer);
        if (placement is null || !viewer.IsStudentOf(placement))
        {
            return TimesheetResult.NotFound;
        }

        if (await RecordLockedAsync(placementId, "Week") is { } recordLocked)
        {
            return recordLocked;
        }

        var entries = await db.TimeEntries.AsNoTracking()
            .Where(e => e.PlacementId == placementId && e.WeekStart == weekStart)
            .ToListAsync();
        if (entries.Count == 0)
        {
            return TimesheetResult.Refused("Week", "Add the hours for this week before submitting it");
        }

        var timesheet = await TrackedTimesheetAsync(placementId, weekStart);
        var hash = ContentHash(entries);
        if (timesheet.Status == TimesheetStatus.Approved)
        {
            return TimesheetResult.Refused("Week", LockedMessage);
        }

        if (timesheet.Status == TimesheetStatus.Submitted && timesheet.SubmittedHash == hash)
        {
            return TimesheetResult.Saved;
        }

        (timesheet.Status, timesheet.SubmittedHash, timesheet.ReturnComment) = (TimesheetStatus.Submitted, hash, null);
        (timesheet.SubmittedAtUtc, timesheet.SubmittedByUserId) = (clock.GetUtcNow().UtcDateTime, actor.UserId);
        timesheet.Version++;
        audit.Record(actor, TimesheetAuditActions.TimesheetSubmitted,
            $"Submitted the week of {TimeRules.Words(weekStart)}: {TimeRules.Hours(entries.Sum(e => e.Minutes))}",
            Subject(timesheet));
        var token = placement.SupervisorUserId is { } supervisorId ? NewLink(timesheet, supervisorId) : null;
        if (await SaveTimesheetAsync() is { } conflict)
        {
            return conflict;
        }

        LogTimesheet(logger, timesheet.Id, "submitted", actor.UserId);
        if (token is not null)
        {
            await TellSupervisorAsync(placement.SupervisorUserId!, placement.Student!.FullName, weekStart, entries,
                token);
        }

        return TimesheetResult.Saved;
    }

    /// <summary>The placement's supervisor approves a submitted week, or returns it with a comment.</summary>
    public async Task<TimesheetResult> DecideAsync(Guid placementId, DateOnly weekStart, bool approve,
        string? comment, uint version, Viewer viewer, Actor actor)
    {
        var placement = await FindPlacementAsync(placementId, viewer);
        if (placement is null || !viewer.IsSupervisorOf(placement))
        {
            return TimesheetResult.NotFound;
        }

        var timesheet = await db.Timesheets
            .SingleOrDefaultAsync(t => t.PlacementId == placementId && t.WeekStart == weekStart);
        if (timesheet is null)
        {
            return TimesheetResult.Refused("Week", "This week has not been submitted");
        }

        return timesheet.Version != version
            ? TimesheetResult.OutOfDate
            : await DecideAsync(timesheet, approve, comment, actor, null);
    }

    public async Task<TimesheetResult> ReopenAsync(Guid placementId, DateOnly weekStart, string? reason,
        uint version, Viewer viewer, Actor actor)
    {
        var placement = await FindPlacementAsync(placementId, viewer);
        if (placement is null || !viewer.ManagesHours())
        {
            return TimesheetResult.NotFound;
        }

        if (await RecordLockedAsync(placementId, "Reason") is { } recordLocked)
        {
            return recordLocked;
        }

        reason = reason?.Trim() ?? "";
        if (reason.Length is 0 or > TimeRules.MaxNoteLength)
        {
            return TimesheetResult.Refused("Reason", reason.Length == 0
                ? "Enter why the week is being reopened"
                : "The reason must be 1000 characters or fewer");
        }

        var timesheet = await db.Timesheets
            .SingleOrDefaultAsync(t => t.PlacementId == placementId && t.WeekStart == weekStart);
        if (timesheet?.Status != TimesheetStatus.Approved)
        {
            return TimesheetResult.Refused("Reason", "Only an approved week can be reopened");
        }

        if (timesheet.Version != version)
        {
            return TimesheetResult.OutOfDate;
        }

        (timesheet.Status, timesheet.ReopenReason) = (TimesheetStatus.Open, reason);
        (timesheet.DecidedAtUtc, timesheet.DecidedByUserId, timesheet.DecidedByName) = (null, null, null);
        timesheet.Version++;
        audit.Record(actor, TimesheetAuditActions.TimesheetReopened,
            $"Reopened the approved week of {TimeRules.Words(weekStart)}: {reason}", Subject(timesheet));
        return await SaveTimesheetAsync() ?? Logged(timesheet, "reopened", actor);
    }

    /// <summary>The week an emailed link is for, or a message that says why the link no longer works.</summary>
    public async Task<LinkedWeek> LinkedWeekAsync(string? token)
    {
        var (_, timesheet, problem) = await UsableLinkAsync(token);
        if (problem is not null)
        {
            return new LinkedWeek(null, problem);
        }

        var placement = await db.Placements.AsNoTracking()
            .Include(p => p.Student)
            .Include(p => p.Employer)
            .SingleAsync(p => p.Id == timesheet!.PlacementId);
        return new LinkedWeek(await WeekAsync(placement, timesheet!.WeekStart), null);
    }

    /// <summary>Approves or returns a week from the emailed link, once, as the supervisor it was sent to.</summary>
    public async Task<TimesheetResult> DecideByLinkAsync(string? token, bool approve, string? comment)
    {
        var (link, timesheet, problem) = await UsableLinkAsync(token);
        if (problem is not null)
        {
            return TimesheetResult.Refused("Link", problem);
        }

        var name = await db.Users.Where(u => u.Id == link!.SupervisorUserId)
            .Select(u => u.DisplayName)
            .FirstOrDefaultAsync();
        return await DecideAsync(timesheet!, approve, comment, new Actor(link!.SupervisorUserId, name ?? "Supervisor"),
            link);
    }

    /// <summary>Records the decision; one made from an emailed link uses the link up with it.</summary>
    private async Task<TimesheetResult> DecideAsync(Timesheet timesheet, bool approve, string? comment, Actor actor,
        TimesheetApprovalLink? link)
    {
        if (await RecordLockedAsync(timesheet.PlacementId, "Week") is { } recordLocked)
        {
            return recordLocked;
        }

        comment = comment?.Trim() ?? "";
        if (approve && timesheet.Status == TimesheetStatus.Approved)
        {
            return TimesheetResult.Saved;
        }

        if (timesheet.Status != TimesheetStatus.Submitted)
        {
            return TimesheetResult.Refused("Week", "This week is not waiting for approval");
        }

        if (!approve && comment.Length is 0 or > TimeRules.MaxNoteLength)
        {
            return TimesheetResult.Refused("Comment", comment.Length == 0
                ? "Enter what the student needs to change"
                : "The comment must be 1000 characters or fewer");
        }

        timesheet.Status = approve ? TimesheetStatus.Approved : TimesheetStatus.Returned;
        timesheet.ReturnComment = approve ? null : comment;
        (timesheet.DecidedAtUtc, timesheet.DecidedByUserId) = (clock.GetUtcNow().UtcDateTime, actor.UserId);
        timesheet.DecidedByName = await NameOfAsync(actor);
        timesheet.Version++;
        if (link is not null)
        {
            link.UsedAtUtc = clock.GetUtcNow().UtcDateTime;
        }

        var how = link is null ? "" : " from the emailed link";
        var words = TimeRules.Words(timesheet.WeekStart);
        audit.Record(actor, approve ? TimesheetAuditActions.TimesheetApproved : TimesheetAuditActions.TimesheetReturned,
            approve ? $"Approved the week of {words}{how}" : $"Returned the week of {words}{how}: {comment}",
            Subject(timesheet));
        return await SaveTimesheetAsync() ?? Logged(timesheet, approve ? "approved" : "returned", actor);
    }

    private async Task<(TimesheetApprovalLink?, Timesheet?, string?)> UsableLinkAsync(string? token)
    {
        var hash = string.IsNullOrEmpty(token) ? "" : HashToken(token);
        var link = await db.TimesheetApprovalLinks.SingleOrDefaultAsync(l => l.TokenHash == hash);
        var timesheet = link is null ? null : await db.Timesheets.SingleOrDefaultAsync(t => t.Id == link.TimesheetId);
        var problem = (link, timesheet) switch
        {
            (null, _) or (_, null) => "This link is not valid. Check you copied all of it from the email",
            _ when link.UsedAtUtc is not null => "This link has already been used. Each link works only once",
            _ when link.ExpiresAtUtc <= clock.GetUtcNow().UtcDateTime =>
                "This link has expired. Sign in to approve the week, or ask the student to submit it again",
            _ when timesheet.Status != TimesheetStatus.Submitted =>
                $"This week is no longer waiting for approval: it is {timesheet.Status.ToString().ToLowerInvariant()}",
            _ when timesheet.SubmittedHash != link.ContentHash =>
                "The week has changed since this link was sent. Use the link in the newest email",
            _ => null,
        };
        return (link, timesheet, problem);
    }

    private string NewLink(Timesheet timesheet, string supervisorUserId)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        db.TimesheetApprovalLinks.Add(new TimesheetApprovalLink
        {
            Id = Guid.NewGuid(),
            TimesheetId = timesheet.Id,
            TokenHash = HashToken(token),
            ContentHash = timesheet.SubmittedHash!,
            SupervisorUserId = supervisorUserId,
            SentAtUtc = now,
            ExpiresAtUtc = now + LinkLifetime,
        });
        return token;
    }

    private async Task TellSupervisorAsync(string supervisorUserId, string studentName, DateOnly weekStart,
        IReadOnlyList<TimeEntry> entries, string token)
    {
        var supervisor = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == supervisorUserId);
        if (supervisor?.Email is { Length: > 0 } email)
        {
            await messages.WeekSubmittedAsync(new SubmittedWeek(email, supervisor.DisplayName, studentName, weekStart,
                [.. entries.OrderBy(e => e.Date).ThenBy(e => e.Start)]), token);
        }
    }

    private async Task<Timesheet> TrackedTimesheetAsync(Guid placementId, DateOnly weekStart)
    {
        var timesheet = await db.Timesheets
            .SingleOrDefaultAsync(t => t.PlacementId == placementId && t.WeekStart == weekStart);
        if (timesheet is null)
        {
            timesheet = new Timesheet { Id = Guid.NewGuid(), PlacementId = placementId, WeekStart = weekStart };
            db.Timesheets.Add(timesheet);
        }

        return timesheet;
    }

    private async Task<TimesheetResult?> SaveTimesheetAsync()
    {
        try
        {
            await db.SaveChangesAsync();
            return null;
        }
        catch (DbUpdateException)
        {
            // Another tab saved the same week first (a concurrency token or the one-timesheet-a-week index).
            return TimesheetResult.OutOfDate;
        }
    }

    private TimesheetResult Logged(Timesheet timesheet, string what, Actor actor)
    {
        LogTimesheet(logger, timesheet.Id, what, actor.UserId);
        return TimesheetResult.Saved;
    }

    private static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static AuditSubject Subject(Timesheet timesheet) =>
        new(nameof(Timesheet), timesheet.Id.ToString(), null, timesheet.Status.ToString());

    [LoggerMessage(Level = LogLevel.Information, Message = "Timesheet {TimesheetId} {What} by {UserId}")]
    private static partial void LogTimesheet(ILogger logger, Guid timesheetId, string what, string? userId);
}

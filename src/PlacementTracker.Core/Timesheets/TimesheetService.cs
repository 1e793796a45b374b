using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Timesheets;

/// <summary>
/// Records a placement's hours and attendance. Every change is checked against the time rules, refused when the
/// editor's copy is out of date or the week is approved, and audited with who made it.
/// </summary>
public sealed partial class TimesheetService(
    PlacementDbContext db,
    AccessScope scope,
    AuditLog audit,
    ITimesheetMessages messages,
    TimeProvider clock,
    ILogger<TimesheetService> logger)
{
    public const string LockedMessage =
        "This week has been approved and is locked. A coordinator must reopen it before it can change";

    public Task<Placement?> FindPlacementAsync(Guid placementId, Viewer viewer) =>
        scope.Placements(viewer)
            .AsNoTracking()
            .Include(p => p.Student)
            .Include(p => p.Employer)
            .SingleOrDefaultAsync(p => p.Id == placementId);

    /// <summary>Every week from the placement's start to today or its end, newest first.</summary>
    public async Task<IReadOnlyList<WeekSummary>> WeeksAsync(Placement placement)
    {
        var today = TimeRules.Today(clock);
        var last = TimeRules.WeekStart(today < placement.PlannedEnd ? today : placement.PlannedEnd);
        var minutes = await db.TimeEntries
            .Where(e => e.PlacementId == placement.Id)
            .GroupBy(e => e.WeekStart)
            .Select(g => new { g.Key, Minutes = g.Sum(e => e.Minutes) })
            .ToDictionaryAsync(g => g.Key, g => g.Minutes);
        var statuses = await db.Timesheets
            .Where(t => t.PlacementId == placement.Id)
            .ToDictionaryAsync(t => t.WeekStart, t => t.Status);
        var weeks = new List<WeekSummary>();
        for (var week = last; week >= TimeRules.WeekStart(placement.PlannedStart); week = week.AddDays(-7))
        {
            weeks.Add(new WeekSummary(week, statuses.GetValueOrDefault(week), minutes.GetValueOrDefault(week)));
        }

        return weeks;
    }

    public async Task<TimesheetWeek> WeekAsync(Placement placement, DateOnly weekStart)
    {
        var end = weekStart.AddDays(7);
        var timesheet = await db.Timesheets.AsNoTracking()
            .SingleOrDefaultAsync(t => t.PlacementId == placement.Id && t.WeekStart == weekStart);
        var entries = await db.TimeEntries.AsNoTracking()
            .Where(e => e.PlacementId == placement.Id && e.WeekStart == weekStart)
            .ToListAsync();
        var attendance = await db.Attendances.AsNoTracking()
            .Where(a => a.PlacementId == placement.Id && a.Date >= weekStart && a.Date < end)
            .ToListAsync();
        return new TimesheetWeek(placement, weekStart, timesheet,
            [.. entries.OrderBy(e => e.Date).ThenBy(e => e.Start)], [.. attendance.OrderBy(a => a.Date)]);
    }

    public Task<TimeEntry?> EntryAsync(Guid placementId, Guid entryId) =>
        db.TimeEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId && e.PlacementId == placementId);

    public async Task<TimesheetResult> AddEntryAsync(Guid placementId, TimeEntryInput input, Viewer viewer,
        Actor actor)
    {
        var placement = await FindPlacementAsync(placementId, viewer);
        if (placement is null || !viewer.EntersHours(placement))
        {
            return TimesheetResult.NotFound;
        }

        if (await RecordLockedAsync(placementId, nameof(TimeEntryInput.Date)) is { } recordLocked)
        {
            return recordLocked;
        }

        var (span, errors) = await CheckAsync(placement, input, null);
        if (span is null)
        {
            return new TimesheetResult(errors);
        }

        var entry = new TimeEntry { Id = Guid.NewGuid(), PlacementId = placementId };
        await ApplyAsync(entry, input, span, actor);
        db.TimeEntries.Add(entry);
        audit.Record(actor, TimesheetAuditActions.TimeEntryAdded,
            $"Added {TimeRules.Hours(entry.Minutes)} on {TimeRules.Words(entry.Date)}", Subject(entry));
        await db.SaveChangesAsync();
        LogEntry(logger, "added", entry.Id, actor.UserId);
        return TimesheetResult.Saved;
    }

    public async Task<TimesheetResult> EditEntryAsync(Guid placementId, Guid entryId, TimeEntryInput input,
        Viewer viewer, Actor actor)
    {
        var (placement, entry) = await EditableEntryAsync(placementId, entryId, viewer);
        if (placement is null || entry is null)
        {
            return TimesheetResult.NotFound;
        }

        if (entry.Version != input.Version)
        {
            return TimesheetResult.OutOfDate;
        }

        if (await LockProblemAsync(placementId, entry.WeekStart) is { } locked)
        {
            return locked;
        }

        var (span, errors) = await CheckAsync(placement, input, entry.Id);
        if (span is null)
        {
            return new TimesheetResult(errors);
        }

        var before = Describe(entry);
        var fromWeek = entry.WeekStart;
        await ApplyAsync(entry, input, span, actor);
        entry.Version = input.Version + 1;
        await ReopenSubmittedAsync(placementId, fromWeek);
        audit.Record(actor, TimesheetAuditActions.TimeEntryChanged, $"Changed hours on {TimeRules.Words(entry.Date)}",
            Subject(entry, before));
        return await SaveAsync(entry.Id, "changed", actor);
    }

    public async Task<TimesheetResult> DeleteEntryAsync(Guid placementId, Guid entryId, uint version,
        Viewer viewer, Actor actor)
    {
        var (placement, entry) = await EditableEntryAsync(placementId, entryId, viewer);
        if (placement is null || entry is null)
        {
            return TimesheetResult.NotFound;
        }

        if (entry.Version != version)
        {
            return TimesheetResult.OutOfDate;
        }

        if (await LockProblemAsync(placementId, entry.WeekStart) is { } locked)
        {
            return locked;
        }

        db.TimeEntries.Remove(entry);
        await ReopenSubmittedAsync(placementId, entry.WeekStart);
        audit.Record(actor, TimesheetAuditActions.TimeEntryDeleted,
            $"Deleted {TimeRules.Hours(entry.Minutes)} on {TimeRules.Words(entry.Date)}",
            new AuditSubject(nameof(TimeEntry), entry.Id.ToString(), Describe(entry)));
        return await SaveAsync(entry.Id, "deleted", actor);
    }

    public async Task<TimesheetResult> RecordAttendanceAsync(Guid placementId, AttendanceInput input, Viewer viewer,
        Actor actor)
    {
        var placement = await FindPlacementAsync(placementId, viewer);
        if (placement is null || !viewer.RecordsAttendance(placement))
        {
            return TimesheetResult.NotFound;
        }

        if (await RecordLockedAsync(placementId, nameof(AttendanceInput.Date)) is { } recordLocked)
        {
            return recordLocked;
        }

        var errors = AttendanceProblems(placement, input);
        if (errors.Count > 0)
        {
            return new TimesheetResult(errors);
        }

        if (await LockProblemAsync(placementId, TimeRules.WeekStart(input.Date!.Value)) is { } locked)
        {
            return locked;
        }

        var attendance = new Attendance
        {
            Id = Guid.NewGuid(),
            PlacementId = placementId,
            Date = input.Date.Value,
            Kind = input.Kind!.Value,
            Minutes = input.Minutes,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            RecordedByUserId = actor.UserId,
            RecordedByName = await NameOfAsync(actor),
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Attendances.Add(attendance);
        audit.Record(actor, TimesheetAuditActions.AttendanceRecorded,
            $"Recorded {attendance.Kind} on {TimeRules.Words(attendance.Date)}",
            new AuditSubject(nameof(Attendance), attendance.Id.ToString()));
        await db.SaveChangesAsync();
        return TimesheetResult.Saved;
    }

    /// <summary>A hex SHA-256 of the week's entries: what a submission, and an approval, is for.</summary>
    public static string ContentHash(IEnumerable<TimeEntry> entries)
    {
        var text = string.Join('\n', entries
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Start)
            .ThenBy(e => e.Id)
            .Select(Describe));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private Dictionary<string, string> AttendanceProblems(Placement placement, AttendanceInput input)
    {
        var errors = new Dictionary<string, string>();
        if (input.Kind is null)
        {
            errors[nameof(AttendanceInput.Kind)] = "Select whether this is an absence or lateness";
        }

        if (input.Minutes is < 0 or > TimeRules.MaxMinutes)
        {
            errors[nameof(AttendanceInput.Minutes)] = "Enter the minutes as a whole number from 0 to 1440";
        }

        if (input.Note?.Length > TimeRules.MaxNoteLength)
        {
            errors[nameof(AttendanceInput.Note)] = "The note must be 1000 characters or fewer";
        }

        if (input.Date is not { } date)
        {
            errors[nameof(AttendanceInput.Date)] = "Enter the date";
        }
        else if (TimeRules.PlacementProblems(placement, date, TimeRules.Today(clock)).Values.FirstOrDefault() is { } p)
        {
            errors[nameof(AttendanceInput.Date)] = p;
        }

        return errors;
    }

    private async Task<(EntrySpan? Span, Dictionary<string, string> Errors)> CheckAsync(
        Placement placement,
        TimeEntryInput input,
        Guid? editing)
    {
        var (span, field, problem) = TimeRules.Measure(input);
        if (span is null)
        {
            return (null, new() { [field!] = problem! });
        }

        var date = input.Date!.Value;
        var errors = TimeRules.PlacementProblems(placement, date, TimeRules.Today(clock));
        if (input.Note?.Length > TimeRules.MaxNoteLength)
        {
            errors[nameof(TimeEntryInput.Note)] = "The note must be 1000 characters or fewer";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        if (await LockProblemAsync(placement.Id, TimeRules.WeekStart(date)) is { } locked)
        {
            return (null, new(locked.Errors));
        }

        var neighbours = await db.TimeEntries.AsNoTracking()
            .Where(e => e.PlacementId == placement.Id && e.Id != editing
                && e.Date >= date.AddDays(-1) && e.Date <= date.AddDays(1))
            .ToListAsync();
        if (TimeRules.Overlapping(date, span, neighbours) is { } other)
        {
            return (null, new() { [nameof(TimeEntryInput.Start)] = OverlapMessage(other) });
        }

        return (span, errors);
    }

    private static string OverlapMessage(TimeEntry other) =>
        other.Start is { } start && other.End is { } end
            ? $"These times overlap the entry from {TimeRules.Words(start)} to {TimeRules.Words(end)} " +
              $"on {TimeRules.Words(other.Date)}"
            : $"A day cannot hold more than 24 hours: {TimeRules.Words(other.Date)} already has " +
              "hours recorded that would overlap";

    private async Task ApplyAsync(TimeEntry entry, TimeEntryInput input, EntrySpan span, Actor actor)
    {
        entry.Date = input.Date!.Value;
        entry.WeekStart = TimeRules.WeekStart(entry.Date);
        (entry.Start, entry.End) = span.StartUtc is null ? (null, null) : (input.Start, input.End);
        entry.Minutes = span.Minutes;
        entry.Kind = input.Kind;
        entry.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        entry.RecordedByUserId = actor.UserId;
        entry.RecordedByName = await NameOfAsync(actor);
        entry.RecordedAtUtc = clock.GetUtcNow().UtcDateTime;
        await ReopenSubmittedAsync(entry.PlacementId, entry.WeekStart);
    }

    private async Task<(Placement?, TimeEntry?)> EditableEntryAsync(Guid placementId, Guid entryId, Viewer viewer)
    {
        var placement = await FindPlacementAsync(placementId, viewer);
        if (placement is null || !viewer.EntersHours(placement))
        {
            return (null, null);
        }

        var entry = await db.TimeEntries.SingleOrDefaultAsync(e => e.Id == entryId && e.PlacementId == placementId);
        return (placement, entry);
    }

    private async Task<TimesheetResult?> LockProblemAsync(Guid placementId, DateOnly weekStart) =>
        await RecordLockedAsync(placementId, nameof(TimeEntryInput.Date)) ??
        (await db.Timesheets.AnyAsync(t => t.PlacementId == placementId && t.WeekStart == weekStart
            && t.Status == TimesheetStatus.Approved)
            ? TimesheetResult.Refused(nameof(TimeEntryInput.Date), LockedMessage)
            : null);

    /// <summary>Refuses any change once the completion declaration is signed, until a coordinator reopens it.</summary>
    private async Task<TimesheetResult?> RecordLockedAsync(Guid placementId, string field) =>
        await new RecordLock(db).IsLockedAsync(placementId)
            ? TimesheetResult.Refused(field, RecordLock.LockedMessage)
            : null;

    /// <summary>A change to a submitted or returned week takes it back to Open, to be submitted again.</summary>
    private async Task ReopenSubmittedAsync(Guid placementId, DateOnly weekStart)
    {
        var timesheet = await db.Timesheets.SingleOrDefaultAsync(t => t.PlacementId == placementId
            && t.WeekStart == weekStart);
        if (timesheet?.Status is TimesheetStatus.Submitted or TimesheetStatus.Returned)
        {
            timesheet.Status = TimesheetStatus.Open;
            timesheet.Version++;
        }
    }

    private async Task<string> NameOfAsync(Actor actor)
    {
        var name = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync();
        return string.IsNullOrWhiteSpace(name) ? actor.Name : name;
    }

    private async Task<TimesheetResult> SaveAsync(Guid entryId, string what, Actor actor)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return TimesheetResult.OutOfDate;
        }

        LogEntry(logger, what, entryId, actor.UserId);
        return TimesheetResult.Saved;
    }

    private static string Describe(TimeEntry e) => string.Create(
        CultureInfo.InvariantCulture,
        $"{e.Date:yyyy-MM-dd}|{e.Start:HH:mm}|{e.End:HH:mm}|{e.Minutes}|{e.Kind}|{e.Note}");

    private static AuditSubject Subject(TimeEntry entry, string? before = null) =>
        new(nameof(TimeEntry), entry.Id.ToString(), before, Describe(entry));

    [LoggerMessage(Level = LogLevel.Information, Message = "Time entry {EntryId} {What} by {UserId}")]
    private static partial void LogEntry(ILogger logger, string what, Guid entryId, string? userId);
}

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Core.Logbook;

public sealed record LogbookSave(Dictionary<string, string> Errors, Guid? EntryId, bool Conflict = false)
{
    public bool Succeeded => Errors.Count == 0 && !Conflict;
}

/// <summary>Keeps a placement's logbook. Callers check who may see, write and comment first.</summary>
public sealed class LogbookService(PlacementDbContext db, AuditLog audit, TimeProvider clock)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);

    /// <summary>The placement's entries with their ratings, evidence and comments, newest first.</summary>
    public Task<List<LogbookEntry>> ListAsync(Guid placementId, CancellationToken cancellationToken = default) =>
        db.LogbookEntries
            .AsNoTracking()
            .AsSplitQuery()
            .Include(e => e.Objectives)
            .Include(e => e.Evidence)
            .Include(e => e.Comments)
            .Where(e => e.PlacementId == placementId)
            .OrderByDescending(e => e.Date)
            .ThenByDescending(e => e.CreatedAtUtc)
            .ToListAsync(cancellationToken);

    public Task<LogbookEntry?> FindAsync(
        Guid placementId,
        Guid entryId,
        CancellationToken cancellationToken = default) =>
        db.LogbookEntries
            .AsNoTracking()
            .AsSplitQuery()
            .Include(e => e.Objectives)
            .Include(e => e.Evidence)
            .Include(e => e.Comments)
            .SingleOrDefaultAsync(e => e.PlacementId == placementId && e.Id == entryId, cancellationToken);

    public async Task<LogbookSave> AddAsync(
        Guid placementId,
        LogbookInput input,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        var errors = LogbookRules.Validate(input, Today);
        if (errors.Count > 0)
        {
            return new LogbookSave(errors, null);
        }

        if (await IsLockedAsync(placementId, cancellationToken))
        {
            return new LogbookSave(Locked, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new LogbookEntry
        {
            Id = Guid.NewGuid(),
            PlacementId = placementId,
            AuthorUserId = actor.UserId,
            CreatedAtUtc = now,
        };
        await ApplyAsync(entry, input, now, cancellationToken);
        db.LogbookEntries.Add(entry);
        audit.Record(actor, AuditActions.LogbookEntryAdded, "Logbook entry added", Subject(entry));
        await db.SaveChangesAsync(cancellationToken);
        return new LogbookSave(errors, entry.Id);
    }

    /// <summary>Saves the changes if the entry is still at <paramref name="version"/>.</summary>
    public async Task<LogbookSave> EditAsync(
        Guid placementId,
        Guid entryId,
        uint version,
        LogbookInput input,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        var entry = await db.LogbookEntries
            .Include(e => e.Objectives)
            .SingleOrDefaultAsync(e => e.PlacementId == placementId && e.Id == entryId, cancellationToken);
        if (entry is null || entry.Version != version)
        {
            return new LogbookSave([], entryId, Conflict: true);
        }

        var errors = LogbookRules.Validate(input, Today);
        if (errors.Count > 0)
        {
            return new LogbookSave(errors, entryId);
        }

        if (await IsLockedAsync(placementId, cancellationToken))
        {
            return new LogbookSave(Locked, entryId);
        }

        db.LogbookObjectives.RemoveRange(entry.Objectives);
        entry.Objectives.Clear();
        await ApplyAsync(entry, input, clock.GetUtcNow().UtcDateTime, cancellationToken);
        entry.Version = version + 1;
        audit.Record(actor, AuditActions.LogbookEntryChanged, "Logbook entry changed", Subject(entry));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new LogbookSave([], entryId, Conflict: true);
        }

        return new LogbookSave(errors, entryId);
    }

    /// <summary>
    /// Records an evidence file already checked and stored under <paramref name="evidence"/>'s name; returns the
    /// message that stops it, or null.
    /// </summary>
    public async Task<string?> AddEvidenceAsync(
        LogbookEvidence evidence,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        if (await EntryLockedAsync(evidence.EntryId, cancellationToken))
        {
            return RecordLock.LockedMessage;
        }

        evidence.Id = Guid.NewGuid();
        evidence.UploadedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.LogbookEvidence.Add(evidence);
        audit.Record(actor, AuditActions.LogbookEvidenceAdded, "Evidence added to a logbook entry",
            new AuditSubject("LogbookEntry", evidence.EntryId.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Adds a comment, or returns the message that stops it.</summary>
    public async Task<string?> CommentAsync(
        Guid entryId,
        string? text,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Enter your comment";
        }

        if (text.Trim().Length > LogbookRules.MaxCommentLength)
        {
            return $"The comment must be {LogbookRules.MaxCommentLength} characters or fewer";
        }

        if (await EntryLockedAsync(entryId, cancellationToken))
        {
            return RecordLock.LockedMessage;
        }

        db.LogbookComments.Add(new LogbookComment
        {
            Id = Guid.NewGuid(),
            EntryId = entryId,
            AuthorUserId = actor.UserId,
            AuthorName = actor.Name,
            Text = text.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record(actor, AuditActions.LogbookCommentAdded, "Comment added to a logbook entry",
            new AuditSubject("LogbookEntry", entryId.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private async Task ApplyAsync(
        LogbookEntry entry,
        LogbookInput input,
        DateTime now,
        CancellationToken cancellationToken)
    {
        entry.Date = input.Date!.Value;
        entry.WhatIDid = input.WhatIDid!.Trim();
        entry.Reflection = input.Reflection!.Trim();
        entry.UpdatedAtUtc = now;

        // Ratings count only for objectives on this placement's plan, whatever ids a crafted form sends.
        var onPlan = await db.Objectives
            .Where(o => o.PlacementId == entry.PlacementId && !o.Removed)
            .Select(o => o.Id)
            .ToListAsync(cancellationToken);
        var rated = input.Assessments
            .Where(a => a.Rating is not null && onPlan.Contains(a.ObjectiveId))
            .DistinctBy(a => a.ObjectiveId);
        foreach (var assessment in rated)
        {
            entry.Objectives.Add(new LogbookObjective
            {
                EntryId = entry.Id,
                ObjectiveId = assessment.ObjectiveId,
                Rating = assessment.Rating!.Value,
                Comment = string.IsNullOrWhiteSpace(assessment.Comment) ? null : assessment.Comment.Trim(),
            });
        }
    }

    private static Dictionary<string, string> Locked => new() { ["Date"] = RecordLock.LockedMessage };

    private Task<bool> IsLockedAsync(Guid placementId, CancellationToken cancellationToken) =>
        new RecordLock(db).IsLockedAsync(placementId, cancellationToken);

    private async Task<bool> EntryLockedAsync(Guid entryId, CancellationToken cancellationToken)
    {
        var placementId = await db.LogbookEntries.Where(e => e.Id == entryId).Select(e => e.PlacementId)
            .SingleOrDefaultAsync(cancellationToken);
        return await IsLockedAsync(placementId, cancellationToken);
    }

    private static AuditSubject Subject(LogbookEntry entry) => new("LogbookEntry", entry.Id.ToString());
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Progress;

namespace PlacementTracker.Core.Outcomes;

/// <summary>
/// Works out students' placement outcomes from their records, and lets a coordinator record, or withdraw, that a
/// student will not complete. Both changes are refused while the record is locked, and both are audited.
/// </summary>
public sealed partial class OutcomeService(
    PlacementDbContext db,
    AccessScope scope,
    AuditLog audit,
    PlacementService placements,
    ProgressService progress,
    TimeProvider clock,
    ILogger<OutcomeService> logger)
{
    public const string WillNotCompleteRecorded = "WillNotCompleteRecorded";
    public const string WillNotCompleteWithdrawn = "WillNotCompleteWithdrawn";

    /// <summary>The outcome of each given industry placement, in a handful of queries whatever their number.</summary>
    public async Task<IReadOnlyDictionary<Guid, PlacementOutcome>> ForAsync(
        IReadOnlyCollection<IndustryPlacement> industryPlacements,
        CancellationToken cancellationToken = default)
    {
        var counted = await progress.ForIndustryPlacementsAsync(
            [.. industryPlacements.Select(i => i.Id)], cancellationToken);
        return industryPlacements.ToDictionary(i => i.Id, i => OutcomeRule.For(FactsOf(i, counted[i.Id])));
    }

    public static OutcomeFacts FactsOf(IndustryPlacement industryPlacement, IndustryPlacementProgress counted) =>
        new(
            industryPlacement.RecordLockedAtUtc is not null,
            counted.CountedMinutes,
            counted.RequiredMinutes,
            industryPlacement.SpecialConsiderationReasonCodes,
            industryPlacement.WillNotCompleteReason);

    public async Task<PlacementResult> RecordWillNotCompleteAsync(
        Guid studentId,
        string? reason,
        uint version,
        Viewer viewer,
        Actor actor)
    {
        reason = reason?.Trim() ?? "";
        if (reason.Length is 0 or > PlacementService.MaxReasonLength)
        {
            return PlacementResult.Refused("Reason", reason.Length == 0
                ? "Enter why the student will not complete their placement"
                : $"The reason must be {PlacementService.MaxReasonLength} characters or fewer");
        }

        return await ChangeAsync(studentId, version, viewer, actor, industryPlacement =>
        {
            industryPlacement.WillNotCompleteReason = reason;
            industryPlacement.WillNotCompleteAtUtc = clock.GetUtcNow().UtcDateTime;
            return (WillNotCompleteRecorded, "Recorded that the student will not complete their placement");
        });
    }

    public Task<PlacementResult> WithdrawWillNotCompleteAsync(Guid studentId, uint version, Viewer viewer,
        Actor actor) =>
        ChangeAsync(studentId, version, viewer, actor, industryPlacement =>
        {
            industryPlacement.WillNotCompleteReason = null;
            industryPlacement.WillNotCompleteAtUtc = null;
            return (WillNotCompleteWithdrawn, "Withdrew that the student will not complete their placement");
        });

    private async Task<PlacementResult> ChangeAsync(
        Guid studentId,
        uint version,
        Viewer viewer,
        Actor actor,
        Func<IndustryPlacement, (string Action, string Summary)> change)
    {
        var industryPlacement = await placements.GetOrCreateIndustryPlacementAsync(studentId, viewer);
        if (industryPlacement is null)
        {
            return PlacementResult.NotFound;
        }

        if (industryPlacement.RecordLockedAtUtc is not null)
        {
            LogRefused(logger, industryPlacement.Id, actor.UserId);
            return PlacementResult.Refused("Reason", RecordLock.LockedMessage);
        }

        if (industryPlacement.Version != version)
        {
            return PlacementResult.OutOfDate;
        }

        var before = Snapshot(industryPlacement);
        var (action, summary) = change(industryPlacement);
        industryPlacement.Version = version + 1;
        audit.Record(actor, action, summary, new AuditSubject(
            nameof(IndustryPlacement), industryPlacement.Id.ToString(), before, Snapshot(industryPlacement)));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return PlacementResult.OutOfDate;
        }

        LogChanged(logger, action, industryPlacement.Id, actor.UserId);
        return PlacementResult.Saved(studentId);
    }

    /// <summary>The student's outcome, or null when the student is outside the viewer's scope.</summary>
    public async Task<PlacementOutcome?> ForStudentAsync(Guid studentId, Viewer viewer)
    {
        if (!await scope.Students(viewer).AnyAsync(s => s.Id == studentId))
        {
            return null;
        }

        var industryPlacement = await db.IndustryPlacements.AsNoTracking()
            .SingleOrDefaultAsync(i => i.StudentId == studentId);
        return industryPlacement is null
            ? PlacementOutcome.StillToBeCompleted
            : (await ForAsync([industryPlacement]))[industryPlacement.Id];
    }

    private static string Snapshot(IndustryPlacement i) =>
        JsonSerializer.Serialize(new { i.WillNotCompleteReason, i.WillNotCompleteAtUtc });

    [LoggerMessage(Level = LogLevel.Information, Message = "{Action} on industry placement {Id} by {UserId}")]
    private static partial void LogChanged(ILogger logger, string action, Guid id, string? userId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Refused a will-not-complete change on locked industry placement {Id} by {UserId}")]
    private static partial void LogRefused(ILogger logger, Guid id, string? userId);
}

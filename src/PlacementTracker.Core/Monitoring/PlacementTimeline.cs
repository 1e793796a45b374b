using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Feedback;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Monitoring;

/// <summary>One thing that happened on a placement, on a local date and, when known, at an exact time.</summary>
public sealed record TimelineEvent(DateOnly Date, DateTime? AtUtc, string Kind, string What, string? Who);

/// <summary>
/// The story of one placement in order: status changes (its stage, and its red, amber or green status as the daily
/// job recorded it), agreement signatures, timesheet decisions, feedback, reviews held and objective revisions.
/// The caller has already checked the viewer may see the placement.
/// </summary>
public sealed class PlacementTimeline(PlacementDbContext db)
{
    public async Task<IReadOnlyList<TimelineEvent>> ForAsync(Guid placementId, CancellationToken cancellationToken)
    {
        var events = new List<TimelineEvent>();
        events.AddRange(await StatusChangesAsync(placementId, cancellationToken));
        events.AddRange(await RagChangesAsync(placementId, cancellationToken));
        events.AddRange(await SignaturesAsync(placementId, cancellationToken));
        events.AddRange(await TimesheetsAsync(placementId, cancellationToken));
        events.AddRange(await FeedbackAsync(placementId, cancellationToken));
        events.AddRange(await ReviewsAsync(placementId, cancellationToken));
        events.AddRange(await RevisionsAsync(placementId, cancellationToken));
        return [.. events.OrderBy(e => e.Date).ThenBy(e => e.AtUtc ?? DateTime.MinValue).ThenBy(e => e.Kind)];
    }

    private async Task<IEnumerable<TimelineEvent>> StatusChangesAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.PlacementStatusChanges.AsNoTracking().Where(c => c.PlacementId == id).ToListAsync(cancellationToken))
        .Select(c => At(c.ChangedAtUtc, "Status",
            c.From is null
                ? $"Set up as {Status(c.To)}: {c.Reason}"
                : $"{Status(c.From.Value)} to {Status(c.To)}: {c.Reason}",
            c.ChangedByName));

    private async Task<IEnumerable<TimelineEvent>> RagChangesAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.PlacementRagChanges.AsNoTracking().Where(c => c.PlacementId == id).ToListAsync(cancellationToken))
        .Select(c => new TimelineEvent(c.Date, c.RecordedAtUtc, "Status", RagChange(c), null));

    /// <summary>"Status changed from Green to Amber: Hours behind", as the daily job saw it.</summary>
    public static string RagChange(PlacementRagChange change)
    {
        var what = change.From is { } from
            ? $"Status changed from {StatusReasonNames.For(from)} to {StatusReasonNames.For(change.To)}"
            : $"Status first recorded as {StatusReasonNames.For(change.To)}";
        return string.IsNullOrEmpty(change.Reasons) ? what : $"{what}: {change.Reasons}";
    }

    private async Task<IEnumerable<TimelineEvent>> SignaturesAsync(Guid id, CancellationToken cancellationToken)
    {
        var signatures = await (
                from signature in db.Signatures.AsNoTracking()
                join document in db.SignedDocuments on signature.DocumentId equals document.Id
                where document.PlacementId == id
                select new
                {
                    document.Kind,
                    signature.Capacity,
                    signature.SignerName,
                    signature.SignedAtUtc,
                    signature.VoidedAtUtc
                })
            .ToListAsync(cancellationToken);
        var signed = signatures.Select(s => At(s.SignedAtUtc, "Agreement",
            $"{Document(s.Kind)} signed as {Capacity(s.Capacity)}", s.SignerName));
        var voided = signatures
            .Where(s => s.VoidedAtUtc is not null)
            .GroupBy(s => (s.Kind, s.VoidedAtUtc!.Value))
            .Select(g => At(g.Key.Value, "Agreement",
                $"{Document(g.Key.Kind)} changed, so {g.Count()} signature{(g.Count() == 1 ? "" : "s")} voided and " +
                "asked for again", null));
        return signed.Concat(voided);
    }

    private async Task<IEnumerable<TimelineEvent>> TimesheetsAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.Timesheets.AsNoTracking()
            .Where(t => t.PlacementId == id && t.DecidedAtUtc != null
                && (t.Status == TimesheetStatus.Approved || t.Status == TimesheetStatus.Returned))
            .ToListAsync(cancellationToken))
        .Select(t => At(t.DecidedAtUtc!.Value, "Hours",
            t.Status == TimesheetStatus.Approved
                ? $"Week of {TimeRules.Words(t.WeekStart)} approved"
                : $"Week of {TimeRules.Words(t.WeekStart)} returned: {t.ReturnComment}",
            t.DecidedByName));

    private async Task<IEnumerable<TimelineEvent>> FeedbackAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.FeedbackNotes.AsNoTracking().Where(n => n.PlacementId == id).ToListAsync(cancellationToken))
        .Select(n => new TimelineEvent(n.Date, n.CreatedAtUtc, "Feedback",
            $"{(n.Tone == FeedbackTone.Praise ? "Praise" : "Concern")} about {Area(n.Area)}: {n.Text}",
            n.AuthorName));

    private async Task<IEnumerable<TimelineEvent>> ReviewsAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.Reviews.AsNoTracking()
            .Where(r => r.PlacementId == id && r.HeldOn != null)
            .Select(r => new { r.Kind, HeldOn = r.HeldOn!.Value, r.Attendees })
            .ToListAsync(cancellationToken))
        .Select(r => new TimelineEvent(r.HeldOn, null, "Review",
            $"{Capitalised(PlacementStatusEngine.KindName(r.Kind))} review held", r.Attendees));

    private async Task<IEnumerable<TimelineEvent>> RevisionsAsync(Guid id, CancellationToken cancellationToken) =>
        (await (
                from revision in db.ObjectiveRevisions.AsNoTracking()
                join objective in db.Objectives on revision.ObjectiveId equals objective.Id
                where revision.PlacementId == id
                select new
                {
                    revision.RevisedAtUtc,
                    revision.RevisedByName,
                    revision.Reason,
                    revision.ReasonNote,
                    objective.Description
                })
            .ToListAsync(cancellationToken))
        .Select(r => At(r.RevisedAtUtc, "Objectives",
            $"Objective \"{r.Description}\" {(r.Reason == Plans.RevisionReason.PlanSetUp ? "set" : "revised")}" +
            (string.IsNullOrWhiteSpace(r.ReasonNote) ? "" : $": {r.ReasonNote}"),
            r.RevisedByName));

    private static TimelineEvent At(DateTime utc, string kind, string what, string? who) =>
        new(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc),
            TimeRules.London)), utc, kind, what, who);

    private static string Status(PlacementStatus status) => status switch
    {
        PlacementStatus.AwaitingAgreement => "awaiting agreement",
        PlacementStatus.OnHold => "on hold",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Document(DocumentKind kind) =>
        kind == DocumentKind.Agreement ? "Placement agreement" : "Completion declaration";

    private static string Capacity(SignerCapacity capacity) => capacity switch
    {
        SignerCapacity.Student => "the student",
        SignerCapacity.Provider => "the provider",
        _ => "the employer",
    };

    private static string Area(FeedbackArea area) => area switch
    {
        FeedbackArea.WorkOutputs => "work outputs",
        _ => area.ToString().ToLowerInvariant(),
    };

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

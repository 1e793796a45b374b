using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Core.Feedback;

/// <summary>Keeps a placement's feedback notes. Callers check who may see and give feedback first.</summary>
public sealed class FeedbackService(PlacementDbContext db, AuditLog audit, TimeProvider clock)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today's date in the provider's time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);

    /// <summary>The placement's notes, newest first.</summary>
    public Task<List<FeedbackNote>> ListAsync(Guid placementId, CancellationToken cancellationToken = default) =>
        db.FeedbackNotes
            .AsNoTracking()
            .Where(n => n.PlacementId == placementId)
            .OrderByDescending(n => n.Date)
            .ThenByDescending(n => n.CreatedAtUtc)
            .ToListAsync(cancellationToken);

    /// <summary>Saves the note and its audit event, or returns the messages that stop it.</summary>
    public async Task<Dictionary<string, string>> AddAsync(
        Guid placementId,
        FeedbackInput input,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        var errors = FeedbackRules.Validate(input, Today);
        if (errors.Count > 0)
        {
            return errors;
        }

        if (await new RecordLock(db).IsLockedAsync(placementId, cancellationToken))
        {
            return new Dictionary<string, string> { ["Text"] = RecordLock.LockedMessage };
        }

        var note = new FeedbackNote
        {
            Id = Guid.NewGuid(),
            PlacementId = placementId,
            Date = input.Date!.Value,
            Area = input.Area!.Value,
            Tone = input.Tone!.Value,
            Text = input.Text!.Trim(),
            AuthorUserId = actor.UserId,
            AuthorName = actor.Name,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.FeedbackNotes.Add(note);

        // The note's words stay out of the log: they may say things about the student's health or conduct.
        audit.Record(actor, AuditActions.FeedbackNoteAdded,
            $"{FeedbackRules.Name(note.Tone)} on {FeedbackRules.Name(note.Area)} noted",
            new AuditSubject("Placement", placementId.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }
}

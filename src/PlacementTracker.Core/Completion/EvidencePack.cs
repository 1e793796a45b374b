using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Documents;
using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Completion;

/// <summary>
/// The evidence a provider keeps for appeals and complaints about one placement, as one document: the agreement,
/// the plan and its revisions, hours with the approved timesheets, the reviews, the employer appraisal, the
/// end-of-placement review and the completion declaration, each as stored.
/// </summary>
public sealed class EvidencePack(PlacementDbContext db, ProgressService progress)
{
    public async Task<PrintedDocument?> BuildAsync(Guid placementId, CancellationToken cancellationToken = default)
    {
        if (await DeclarationFacts.LoadAsync(db, progress, placementId, cancellationToken) is not { } facts)
        {
            return null;
        }

        var student = facts.Placement.Student!;
        return new PrintedDocument(
            $"Evidence pack: {student.GivenName} {student.FamilyName} at {facts.Placement.Employer!.Name}",
            [
                Stored("Placement agreement", facts.Agreement, "No agreement has been generated."),
                await PlanAsync(placementId, cancellationToken),
                await HoursAsync(facts, cancellationToken),
                await ReviewsAsync(placementId, cancellationToken),
                Appraisal(facts.CompletionReview),
                EndOfPlacement(facts.CompletionReview),
                Stored("Completion declaration", await DeclarationAsync(placementId, cancellationToken),
                    "No completion declaration has been generated."),
            ]);
    }

    private static DocumentSection Stored(string heading, SignedDocument? document, string none)
    {
        if (document is null)
        {
            return new DocumentSection(heading, [new DocumentParagraph(none)]);
        }

        var signatures = document.Signatures
            .OrderBy(s => s.SignedAtUtc)
            .Select(s => $"{s.Capacity}: {s.SignerName}, {When(s.SignedAtUtc)}"
                + (s.VoidedAtUtc is { } v ? $" (voided {When(v)})" : ""))
            .ToList();
        return new DocumentSection(heading,
        [
            new DocumentList([.. document.Content.Split('\n', StringSplitOptions.RemoveEmptyEntries)]),
            new DocumentFacts([("Content hash", document.ContentHash)]),
            new DocumentList(signatures.Count > 0 ? signatures : ["No signatures"]),
        ]);
    }

    private async Task<DocumentSection> PlanAsync(Guid placementId, CancellationToken cancellationToken)
    {
        var objectives = await db.Objectives.AsNoTracking()
            .Where(o => o.PlacementId == placementId && !o.Removed)
            .OrderBy(o => o.Category).ThenBy(o => o.Position)
            .ToListAsync(cancellationToken);
        var revisions = (await db.ObjectiveRevisions.AsNoTracking()
            .Where(r => r.PlacementId == placementId)
            .ToListAsync(cancellationToken))
            .OrderBy(r => r.RevisedAtUtc)
            .ToList();
        return new DocumentSection("Plan and its revisions",
        [
            new DocumentList(objectives.Count > 0
                ? [.. objectives.Select(o => $"{o.Description} ({o.Status})")]
                : ["No objectives recorded"]),
            new DocumentList(revisions.Count > 0
                ? [.. revisions.Select(r => $"Plan version {r.PlanNumber}, {When(r.RevisedAtUtc)}, {r.RevisedByName}: "
                    + $"{r.Changes} ({r.Reason}{(r.ReasonNote is null ? "" : ": " + r.ReasonNote)})")]
                : ["No revisions recorded"]),
        ]);
    }

    private async Task<DocumentSection> HoursAsync(DeclarationFacts facts, CancellationToken cancellationToken)
    {
        var placementId = facts.Placement.Id;
        var approved = await db.Timesheets.AsNoTracking()
            .Where(t => t.PlacementId == placementId && t.Status == TimesheetStatus.Approved)
            .OrderBy(t => t.WeekStart)
            .Select(t => new { t.WeekStart, t.DecidedByName, t.DecidedAtUtc })
            .ToListAsync(cancellationToken);
        var minutes = (await db.TimeEntries.AsNoTracking()
            .Where(e => e.PlacementId == placementId)
            .GroupBy(e => e.WeekStart)
            .Select(g => new { g.Key, Minutes = g.Sum(e => e.Minutes) })
            .ToListAsync(cancellationToken)).ToDictionary(w => w.Key, w => w.Minutes);
        return new DocumentSection("Hours and approved timesheets",
        [
            new DocumentFacts(
            [
                ("Required hours", TimeRules.Hours(facts.RequiredMinutes)),
                ("Counted hours, across every employer", TimeRules.Hours(facts.CountedMinutes)),
                ("Special consideration", facts.HasSpecialConsideration
                    ? $"{string.Join("; ", facts.SpecialConsiderationReasons)}; "
                        + $"{facts.IndustryPlacement.SpecialConsiderationHours} hours"
                    : "None recorded"),
            ]),
            new DocumentList(approved.Count > 0
                ? [.. approved.Select(t => $"Week of {TimeRules.Words(t.WeekStart)}: "
                    + $"{TimeRules.Hours(minutes.GetValueOrDefault(t.WeekStart))}, approved by {t.DecidedByName}"
                    + (t.DecidedAtUtc is { } at ? $" on {DeclarationFacts.LocalDate(at)}" : ""))]
                : ["No approved timesheets"]),
        ]);
    }

    private async Task<DocumentSection> ReviewsAsync(Guid placementId, CancellationToken cancellationToken)
    {
        var reviews = (await db.Reviews.AsNoTracking()
            .Include(r => r.Ratings)
            .Where(r => r.PlacementId == placementId)
            .ToListAsync(cancellationToken))
            .OrderBy(r => r.HeldOn ?? r.DueOn ?? DateOnly.MaxValue)
            .ToList();
        if (reviews.Count == 0)
        {
            return new DocumentSection("Reviews", [new DocumentParagraph("No reviews recorded.")]);
        }

        return new DocumentSection("Reviews", [.. reviews.Select(Review)]);
    }

    private static DocumentFacts Review(Review review)
    {
        var rows = new List<(string, string)>
        {
            ($"{review.Kind} review", review.HeldOn is { } held ? $"Held on {TimeRules.Words(held)}" : "Not held yet"),
        };
        Add(rows, "Attendees", review.Attendees);
        Add(rows, "Employer feedback", review.EmployerFeedback);
        Add(rows, "Student feedback", review.StudentFeedback);
        Add(rows, "Provider notes", review.ProviderNotes);
        rows.AddRange(review.Ratings.OrderBy(r => r.AreaName).Select(r => (r.AreaName, r.LevelName)));
        return new DocumentFacts(rows);
    }

    private static DocumentSection Appraisal(CompletionReview? review)
    {
        if (review?.AppraisalCompletedAtUtc is not { } completed)
        {
            return new DocumentSection("Employer appraisal", [new DocumentParagraph("Not done yet.")]);
        }

        return new DocumentSection("Employer appraisal",
        [
            new DocumentFacts(
            [
                ("Completed", $"{When(completed)} by {review.AppraisalCompletedByName}"),
                .. review.Ratings.OrderBy(r => r.AreaName).Select(r => (r.AreaName, r.LevelName)),
                ("Strengths", review.Strengths ?? ""),
                ("Areas to develop", review.AreasToDevelop ?? ""),
                ("Would give a reference", YesNo(review.WouldOfferReference)),
                ("Would offer a job", YesNo(review.WouldOfferJob)),
            ]),
        ]);
    }

    private static DocumentSection EndOfPlacement(CompletionReview? review)
    {
        if (review?.EndOfPlacementCompletedAtUtc is not { } completed)
        {
            return new DocumentSection("End-of-placement review", [new DocumentParagraph("Not done yet.")]);
        }

        return new DocumentSection("End-of-placement review",
        [
            new DocumentFacts(
            [
                ("Completed", $"{When(completed)} by {review.EndOfPlacementCompletedByName}"),
                ("Reflection", review.Reflection ?? ""),
                ("Achievements", review.Achievements ?? ""),
                ("Next steps", review.NextSteps ?? ""),
            ]),
        ]);
    }

    private Task<SignedDocument?> DeclarationAsync(Guid placementId, CancellationToken cancellationToken) =>
        db.SignedDocuments.AsNoTracking().Include(d => d.Signatures)
            .Where(d => d.PlacementId == placementId
                && d.Kind == DocumentKind.CompletionDeclaration
                && d.ReplacedAtUtc == null)
            .FirstOrDefaultAsync(cancellationToken);

    private static void Add(List<(string, string)> rows, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            rows.Add((label, value));
        }
    }

    private static string YesNo(bool? value) => value switch { true => "Yes", false => "No", null => "Not answered" };

    private static string When(DateTime utc) => DeclarationFacts.LocalDate(utc);
}

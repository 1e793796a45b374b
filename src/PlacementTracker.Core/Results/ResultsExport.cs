using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Outcomes;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Results;

/// <summary>What an export of one cohort would hold: the rows to upload and the learners left out, with why.</summary>
public sealed record ResultsExportPreview(
    string Cohort,
    IReadOnlyList<ResultsUploadRow> Rows,
    IReadOnlyList<RejectedLearner> Rejected)
{
    public int FileCount =>
        (Rows.Count + ResultsUploadFile.MaxLearnersPerFile - 1) / ResultsUploadFile.MaxLearnersPerFile;

    public int CountOf(PlacementOutcome outcome) => Rows.Count(r => r.Outcome == outcome);
}

/// <summary>
/// Gathers a cohort's outcomes for DfE's results upload: every student in the cohort, each with the outcome the
/// outcome rule gives (students without an industry placement yet are still to be completed), optionally leaving
/// out those still to be completed. A learner whose row DfE would reject is listed instead of exported, and both
/// learners are listed when two students share a ULN. Callers check the viewer may export.
/// </summary>
public sealed class ResultsExport(PlacementDbContext db, OutcomeService outcomes)
{
    public Task<List<string>> CohortsAsync(CancellationToken cancellationToken = default) =>
        db.Students.Select(s => s.Cohort).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);

    public async Task<ResultsExportPreview> PreviewAsync(
        string cohort,
        bool includeStillToBeCompleted,
        CancellationToken cancellationToken = default)
    {
        var learners = await (
            from student in db.Students.AsNoTracking()
            where student.Cohort == cohort
            join ip in db.IndustryPlacements.AsNoTracking() on student.Id equals ip.StudentId into ips
            from industryPlacement in ips.DefaultIfEmpty()
            orderby student.FamilyName, student.GivenName, student.Id
            select new Learner(student.Id, student.GivenName + " " + student.FamilyName, student.Uln,
                student.CoreCode, industryPlacement)).ToListAsync(cancellationToken);
        var outcomeOf = await outcomes.ForAsync(
            [.. learners.Select(l => l.IndustryPlacement).OfType<IndustryPlacement>()], cancellationToken);
        var knownCodes = (await db.SpecialConsiderationReasons.Select(r => r.Code).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var candidates = learners
            .Select(l => (Learner: l, Row: RowFor(l, outcomeOf)))
            .Where(c => includeStillToBeCompleted || c.Row.Outcome != PlacementOutcome.StillToBeCompleted)
            .ToList();
        var sharedUlns = candidates.GroupBy(c => c.Row.Uln).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();

        var rows = new List<ResultsUploadRow>();
        var rejected = new List<RejectedLearner>();
        foreach (var (learner, row) in candidates)
        {
            var problem = sharedUlns.Contains(row.Uln)
                ? "Another student in this cohort has the same ULN, and a ULN may be in the upload only once"
                : ResultsUploadRules.ProblemWith(row, knownCodes);
            if (problem is null)
            {
                rows.Add(row);
            }
            else
            {
                rejected.Add(new RejectedLearner(learner.StudentId, learner.Name, learner.Uln, problem));
            }
        }

        return new ResultsExportPreview(cohort, rows, rejected);
    }

    /// <summary>A readable file name: the cohort with anything but letters and digits as hyphens.</summary>
    public static string FileNameFor(string cohort) =>
        "industry-placement-results-" + new string([.. cohort.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

    private static ResultsUploadRow RowFor(Learner learner, IReadOnlyDictionary<Guid, PlacementOutcome> outcomeOf)
    {
        var industryPlacement = learner.IndustryPlacement;
        var outcome = industryPlacement is null ? PlacementOutcome.StillToBeCompleted : outcomeOf[industryPlacement.Id];
        return new ResultsUploadRow(
            learner.Uln.Trim(),
            learner.CoreCode.Trim(),
            outcome,
            industryPlacement?.SpecialConsiderationHours,
            SpecialConsiderationCodes.Distinct(industryPlacement?.SpecialConsiderationReasonCodes));
    }

    private sealed record Learner(
        Guid StudentId,
        string Name,
        string Uln,
        string CoreCode,
        IndustryPlacement? IndustryPlacement);
}

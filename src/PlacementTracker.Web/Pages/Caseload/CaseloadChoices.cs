using PlacementTracker.Core.Exports;
using PlacementTracker.Core.Monitoring;

namespace PlacementTracker.Web.Pages.Caseload;

/// <summary>
/// The options of the caseload's filters, taken from the placements the viewer can see, so a select never names an
/// employer, tutor or pathway outside their caseload.
/// </summary>
public sealed record CaseloadChoices(
    IReadOnlyList<(string Value, string Text)> Pathways,
    IReadOnlyList<(string Value, string Text)> Employers,
    IReadOnlyList<(string Value, string Text)> Tutors,
    IReadOnlyList<string> Cohorts)
{
    public static IReadOnlyList<(string Value, string Text)> Statuses { get; } =
        [.. Enum.GetValues<RagStatus>().Reverse().Select(s => (s.ToString(), StatusReasonNames.For(s)))];

    public static IReadOnlyList<(string Value, string Text)> Reasons { get; } =
        [.. Enum.GetValues<StatusReasonCode>().Select(c => (c.ToString(), StatusReasonNames.For(c)))];

    public static CaseloadChoices From(IReadOnlyList<CaseloadEntry> entries) => new(
        Distinct(entries.Select(e => (e.CoreCode, $"{e.PathwayName ?? "Unknown pathway"} ({e.CoreCode})"))),
        Distinct(entries.Select(e => (e.EmployerId.ToString(), e.EmployerName))),
        Distinct(entries.Where(e => e.TutorUserId is not null).Select(e => (e.TutorUserId!, e.TutorName ?? "Tutor"))),
        [.. entries.Select(e => e.Cohort).Distinct().Order(StringComparer.Ordinal)]);

    private static List<(string Value, string Text)> Distinct(IEnumerable<(string Value, string Text)> options) =>
        [.. options.DistinctBy(o => o.Value).OrderBy(o => o.Text, StringComparer.OrdinalIgnoreCase)];
}

/// <summary>The columns of the caseload CSV: the same facts as the table, with every reason in full.</summary>
public static class CaseloadCsv
{
    public static IReadOnlyList<CsvColumn<CaseloadEntry>> Columns { get; } =
    [
        CsvColumn.Text<CaseloadEntry>("Status", e => StatusReasonNames.For(e.Status)),
        CsvColumn.Text<CaseloadEntry>("Student", e => e.StudentName),
        CsvColumn.Text<CaseloadEntry>("Employer", e => e.EmployerName),
        CsvColumn.Text<CaseloadEntry>("Pathway", e => e.PathwayName),
        CsvColumn.Text<CaseloadEntry>("Tutor", e => e.TutorName),
        CsvColumn.Text<CaseloadEntry>("Cohort", e => e.Cohort),
        CsvColumn.Number<CaseloadEntry>("Counted hours", e => e.Snapshot.CountedMinutes / 60),
        CsvColumn.Number<CaseloadEntry>("Hours expected by today", e => e.Snapshot.ExpectedMinutes / 60),
        CsvColumn.Date<CaseloadEntry>("Next review", e => e.NextReview?.DueOn),
        CsvColumn.Text<CaseloadEntry>("Reason codes", e => string.Join(",", e.Assessment.Reasons.Select(r => r.Code))),
        CsvColumn.Text<CaseloadEntry>("Reasons", e => string.Join(" | ", e.Assessment.Reasons.Select(r => r.Sentence))),
    ];
}

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Exports;
using PlacementTracker.Core.Identifiers;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Results;

/// <summary>One ILR work placement record: a student's time with one employer.</summary>
public sealed record WorkPlacementRow(
    string Uln,
    DateOnly StartDate,
    DateOnly EndDate,
    int PlannedHours,
    string EmployerId);

/// <summary>
/// The ILR work placement records of a cohort (DOMAIN.md): one row per placement that has started, under learning
/// aim ZWRKX003, external mode, with the employer's EDS number or 999999999. Placements still being arranged are
/// left out, and so are withdrawn ones that never became active. Callers check the viewer may export.
/// </summary>
public sealed class WorkPlacementExport(PlacementDbContext db)
{
    public const string LearningAim = "ZWRKX003";

    public const int ExternalMode = 2;

    public const string NoEmployerId = "999999999";

    public const int MaxHours = 9999;

    private static readonly PlacementStatus[] Started =
        [PlacementStatus.Active, PlacementStatus.OnHold, PlacementStatus.Completed];

    public static IReadOnlyList<CsvColumn<WorkPlacementRow>> Columns { get; } =
    [
        CsvColumn.Text<WorkPlacementRow>("ULN", r => r.Uln),
        CsvColumn.Text<WorkPlacementRow>("LearnAimRef", _ => LearningAim),
        CsvColumn.Date<WorkPlacementRow>("WorkPlaceStartDate", r => r.StartDate),
        CsvColumn.Date<WorkPlacementRow>("WorkPlaceEndDate", r => r.EndDate),
        CsvColumn.Number<WorkPlacementRow>("WorkPlaceHours", r => r.PlannedHours),
        CsvColumn.Number<WorkPlacementRow>("WorkPlaceMode", _ => ExternalMode),
        CsvColumn.Text<WorkPlacementRow>("WorkPlaceEmpId", r => r.EmployerId),
    ];

    public async Task<(IReadOnlyList<WorkPlacementRow> Rows, IReadOnlyList<RejectedLearner> Rejected)> PreviewAsync(
        string cohort,
        CancellationToken cancellationToken = default)
    {
        var placements = await db.Placements.AsNoTracking()
            .Where(p => p.Student!.Cohort == cohort)
            .Where(p => Started.Contains(p.Status)
                || (p.Status == PlacementStatus.Withdrawn && p.StatusChanges.Any(c => c.To == PlacementStatus.Active)))
            .OrderBy(p => p.Student!.FamilyName).ThenBy(p => p.Student!.GivenName).ThenBy(p => p.PlannedStart)
            .Select(p => new
            {
                p.StudentId,
                Name = p.Student!.GivenName + " " + p.Student.FamilyName,
                p.Student.Uln,
                p.PlannedStart,
                p.PlannedEnd,
                p.PlannedHours,
                p.Employer!.EdsNumber,
            })
            .ToListAsync(cancellationToken);

        var rows = new List<WorkPlacementRow>();
        var rejected = new List<RejectedLearner>();
        foreach (var p in placements)
        {
            var problem = !Uln.IsValid(p.Uln) ? $"The ULN \"{p.Uln}\" is not a valid Unique Learner Number"
                : p.PlannedHours is < 1 or > MaxHours ? $"Planned hours must be from 1 to {MaxHours}"
                : null;
            if (problem is null)
            {
                rows.Add(new WorkPlacementRow(p.Uln.Trim(), p.PlannedStart, p.PlannedEnd, p.PlannedHours,
                    p.EdsNumber ?? NoEmployerId));
            }
            else
            {
                rejected.Add(new RejectedLearner(p.StudentId, p.Name, p.Uln, problem));
            }
        }

        return (rows, rejected);
    }
}

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;

namespace PlacementTracker.Core.Demo;

/// <summary>
/// Gives each demo placement past the planning stage a plan copied from its specialism's starter template, with
/// objectives as far on as the placement is, and the "plan set up" revisions a coordinator's copy would leave.
/// Placements whose specialism has no template keep an empty plan, as a real one would until someone writes it.
/// </summary>
internal static class DemoPlans
{
    private static readonly PlacementStatus[] Planned =
    [
        PlacementStatus.AwaitingAgreement, PlacementStatus.Active, PlacementStatus.OnHold, PlacementStatus.Completed,
    ];

    public static async Task BuildAsync(
        PlacementDbContext db,
        string coordinatorEmail,
        DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        var templates = await db.ObjectiveTemplates.AsNoTracking()
            .Include(t => t.Items)
            .ToListAsync(cancellationToken);
        if (templates.Count == 0)
        {
            return;
        }

        var bySpecialism = templates.GroupBy(t => t.SpecialismCode).ToDictionary(g => g.Key, g => g.First());
        var coordinator = await db.Users
            .Where(u => u.Email == coordinatorEmail)
            .Select(u => new { u.Id, u.DisplayName })
            .SingleAsync(cancellationToken);
        var placements = await db.Placements.AsNoTracking()
            .Where(p => Planned.Contains(p.Status))
            .Select(p => new { p.Id, p.Status, p.PlannedStart, p.Student!.SpecialismCode })
            .ToListAsync(cancellationToken);
        foreach (var placement in placements)
        {
            if (!bySpecialism.TryGetValue(placement.SpecialismCode, out var template))
            {
                continue;
            }

            db.PlacementPlans.Add(new PlacementPlan { PlacementId = placement.Id, TemplateId = template.Id });
            var items = template.Items.OrderBy(i => i.Position).ToList();
            for (var i = 0; i < items.Count; i++)
            {
                var input = PlanTemplates.ToInput(items[i], placement.PlannedStart);
                var objective = new Objective
                {
                    Id = Guid.NewGuid(),
                    PlacementId = placement.Id,
                    Category = input.Category,
                    Kind = input.Kind,
                    Description = input.Description,
                    SpecialismSkill = input.SpecialismSkill,
                    SuccessCriteria = input.SuccessCriteria,
                    Activities = input.Activities,
                    TargetDate = input.TargetDate,
                    Status = StatusOf(placement.Status, i, items.Count),
                    Position = i + 1,
                };
                db.Objectives.Add(objective);
                db.ObjectiveRevisions.Add(new ObjectiveRevision
                {
                    Id = Guid.NewGuid(),
                    ObjectiveId = objective.Id,
                    PlacementId = placement.Id,
                    PlanNumber = 1,
                    Reason = RevisionReason.PlanSetUp,
                    Changes = PlanRules.Changes(null, input),
                    RevisedByUserId = coordinator.Id,
                    RevisedByName = coordinator.DisplayName,
                    RevisedAtUtc = nowUtc,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Completed placements met every objective; running ones are part way through theirs.</summary>
    private static ObjectiveStatus StatusOf(PlacementStatus status, int index, int count) => status switch
    {
        PlacementStatus.Completed => ObjectiveStatus.Achieved,
        PlacementStatus.Active or PlacementStatus.OnHold when index < count / 3 => ObjectiveStatus.Achieved,
        PlacementStatus.Active or PlacementStatus.OnHold when index < 2 * count / 3 => ObjectiveStatus.InProgress,
        _ => ObjectiveStatus.NotStarted,
    };
}

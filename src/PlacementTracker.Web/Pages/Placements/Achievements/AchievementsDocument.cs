using System.Security.Claims;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Documents;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Web.Pages.Placements.Plan;

namespace PlacementTracker.Web.Pages.Placements.Achievements;

/// <summary>Builds the achievements summary for someone who may see the placement; null answers 404.</summary>
public sealed class AchievementsDocument(AccessScope scope, PlanService plans, ProgressService progress)
{
    public async Task<(Core.Placements.Placement Placement, PrintedDocument Document)?> BuildAsync(
        ClaimsPrincipal user,
        Guid id)
    {
        var placement = await PlanPlacement.FindAsync(scope, user, id);
        if (placement is null)
        {
            return null;
        }

        var hours = await progress.ForIndustryPlacementAsync(placement.IndustryPlacementId);
        var counted = hours.For(id)?.CountedMinutes ?? 0;
        var document = AchievementsSummary.Build(placement, counted, (await plans.GetAsync(id)).Objectives);
        return (placement, document);
    }
}

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Plan;

/// <summary>Finds a placement for the plan pages, only when the person may see it; null answers 404.</summary>
public static class PlanPlacement
{
    public static Task<Placement?> FindAsync(AccessScope scope, System.Security.Claims.ClaimsPrincipal user, Guid id) =>
        scope.Placements(user.ToViewer())
            .AsNoTracking()
            .Include(p => p.Student)
            .Include(p => p.Employer)
            .SingleOrDefaultAsync(p => p.Id == id);

    public static IReadOnlyList<FieldOption> ReasonOptions { get; } =
    [
        .. Enum.GetValues<RevisionReason>()
            .Where(r => r != RevisionReason.PlanSetUp)
            .Select(r => new FieldOption(r.ToString(), PlanRules.Name(r))),
    ];

    public static IReadOnlyList<FieldOption> StatusOptions { get; } =
    [
        .. Enum.GetValues<ObjectiveStatus>().Select(s => new FieldOption(s.ToString(), PlanRules.Name(s))),
    ];
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Documents;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;

namespace PlacementTracker.Web.Pages.Placements.Plan;

public class ObjectivesTemplateModel(AccessScope scope, PlanService plans, PlacementDbContext db) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public PrintedDocument Document { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var placement = await PlanPlacement.FindAsync(scope, User, id);
        if (placement is null)
        {
            return NotFound();
        }

        var opportunity = placement.OpportunityId is { } opportunityId
            ? await db.Opportunities.AsNoTracking().SingleOrDefaultAsync(o => o.Id == opportunityId)
            : null;
        Placement = placement;
        Document = ObjectivesTemplateDocument.Build(placement, await plans.GetAsync(id), opportunity);
        return Page();
    }
}

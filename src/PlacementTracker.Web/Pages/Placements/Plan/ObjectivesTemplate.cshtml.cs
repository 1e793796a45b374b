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

    public async Task<IActionResult> OnGetAsync(Guid id) => await BuildAsync(id) ? Page() : NotFound();

    /// <summary>The same document as a PDF, for the employer and the student to keep.</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id) =>
        await BuildAsync(id)
            ? File(PrintedDocumentPdf.Write(Document), "application/pdf", "industry-placement-objectives-template.pdf")
            : NotFound();

    private async Task<bool> BuildAsync(Guid id)
    {
        var placement = await PlanPlacement.FindAsync(scope, User, id);
        if (placement is null)
        {
            return false;
        }

        var opportunity = placement.OpportunityId is { } opportunityId
            ? await db.Opportunities.AsNoTracking().SingleOrDefaultAsync(o => o.Id == opportunityId)
            : null;
        Placement = placement;
        Document = ObjectivesTemplateDocument.Build(placement, await plans.GetAsync(id), opportunity);
        return true;
    }
}

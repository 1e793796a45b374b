using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Documents;
using PlacementTracker.Core.Logbook;
using PlacementTracker.Core.Plans;

namespace PlacementTracker.Web.Pages.Placements.Logbook;

/// <summary>The whole logbook as a PDF, for the student to keep and for the evidence pack.</summary>
public class PdfModel(AccessScope scope, LogbookService logbook, PlanService plans) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var placement = await LogbookPlacement.FindAsync(scope, User, id);
        if (placement is null)
        {
            return NotFound();
        }

        var document = LogbookDocument.Build(
            placement,
            await logbook.ListAsync(id),
            (await plans.GetAsync(id)).Objectives);
        return File(PrintedDocumentPdf.Write(document), "application/pdf", "industry-placement-logbook.pdf");
    }
}

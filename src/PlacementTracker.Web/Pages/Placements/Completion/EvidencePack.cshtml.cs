using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Documents;

namespace PlacementTracker.Web.Pages.Placements.Completion;

/// <summary>
/// The evidence pack for appeals and complaints, as a PDF, for provider staff who can see the placement.
/// </summary>
public class EvidencePackModel(CompletionReviewService reviews, EvidencePack pack) : CompletionPage(reviews)
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!Viewer.SeesEvidence() || !await LoadAsync(id) || await pack.BuildAsync(id) is not { } document)
        {
            return NotFound();
        }

        return File(PrintedDocumentPdf.Write(document), "application/pdf", $"evidence-pack-{id:N}.pdf");
    }
}

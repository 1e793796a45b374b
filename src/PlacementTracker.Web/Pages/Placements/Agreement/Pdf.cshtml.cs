using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Documents;

namespace PlacementTracker.Web.Pages.Placements.Agreement;

/// <summary>The agreement as a PDF: its content, each party's signature with the time, and the content hash.</summary>
public class PdfModel(AccessScope scope, AgreementService agreements) : AgreementPage(scope)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await FindPlacementAsync(id) || await agreements.GetAsync(id) is not { } agreement)
        {
            return NotFound();
        }

        var pdf = PrintedDocumentPdf.Write(agreement.ForPrint(London));
        return File(pdf, "application/pdf", $"placement-agreement-{agreement.Current.ContentHash[..8]}.pdf");
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Documents;

namespace PlacementTracker.Web.Pages.Placements.Achievements;

/// <summary>The achievements summary as a PDF to keep or attach to an application.</summary>
public class PdfModel(AchievementsDocument achievements) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await achievements.BuildAsync(User, id) is { } built
            ? File(PrintedDocumentPdf.Write(built.Document), "application/pdf", "industry-placement-achievements.pdf")
            : NotFound();
}

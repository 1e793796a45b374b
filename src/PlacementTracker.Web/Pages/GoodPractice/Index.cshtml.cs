using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Completion;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.GoodPractice;

/// <summary>
/// The bank of good practice: what made placements succeed, for provider staff, by route and employer.
/// </summary>
public class IndexModel(GoodPracticeBank bank) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? RouteId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? EmployerId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public GoodPracticePage Results { get; private set; } = new([], 0, 1, GoodPracticeBank.PageSize);

    public IReadOnlyList<(int Id, string Name)> Routes { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Employers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!User.ToViewer().SeesEvidence())
        {
            return NotFound();
        }

        (Routes, Employers) = await bank.FiltersAsync();
        Results = await bank.SearchAsync(new GoodPracticeQuery(Text, RouteId, EmployerId, PageNumber));
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages;

public class IndexModel(AccessScope scope) : PageModel
{
    public int StudentCount { get; private set; }

    public IReadOnlyList<(PlacementStatus Status, int Count)> PlacementsByStatus { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var viewer = User.ToViewer();
        StudentCount = await scope.Students(viewer).CountAsync();
        var counts = await scope.Placements(viewer)
            .GroupBy(p => p.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync();
        PlacementsByStatus = Enum.GetValues<PlacementStatus>()
            .Select(s => (s, counts.SingleOrDefault(c => c.Status == s)?.Count ?? 0))
            .ToList();
    }
}

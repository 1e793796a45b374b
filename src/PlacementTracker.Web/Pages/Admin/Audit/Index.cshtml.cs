using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Web.Pages.Admin.Audit;

public class IndexModel(PlacementDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public IReadOnlyList<string> Actions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var events = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrEmpty(Action))
        {
            events = events.Where(e => e.Action == Action);
        }

        Total = await events.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Events = await events
            .OrderByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync();
        Actions = await db.AuditEvents.Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync();
    }
}

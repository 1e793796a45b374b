using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Reminders;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Reminders;

/// <summary>The reminders emailed to the signed-in person, newest first; never anyone else's.</summary>
public class IndexModel(PlacementDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<SentReminder> Reminders { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = User.ToViewer().UserId;
        var mine = db.SentReminders.AsNoTracking()
            .Where(r => r.RecipientUserId == userId && r.Status == ReminderStatus.Sent);
        Total = await mine.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Reminders = await mine
            .OrderByDescending(r => r.SentAtUtc)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync();
    }
}

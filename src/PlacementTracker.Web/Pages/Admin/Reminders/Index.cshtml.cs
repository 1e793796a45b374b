using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Reminders;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Admin.Reminders;

/// <summary>Every reminder claimed for sending, with its outcome, and the switches for each kind.</summary>
public class IndexModel(PlacementDbContext db, ReminderRun run, ReminderSwitches switches) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The kinds left switched on when the form is saved.</summary>
    [BindProperty]
    public List<ReminderKind> SwitchedOn { get; set; } = [];

    public IReadOnlyList<ReminderKind> Kinds => run.AvailableKinds;

    public IReadOnlySet<ReminderKind> SwitchedOff { get; private set; } = new HashSet<ReminderKind>();

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<(SentReminder Reminder, string Recipient)> Reminders { get; private set; } = [];

    public async Task OnGetAsync()
    {
        SwitchedOff = await switches.SwitchedOffAsync();
        Total = await db.SentReminders.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var rows = await db.SentReminders.AsNoTracking()
            .OrderByDescending(r => r.ClaimedAtUtc)
            .ThenBy(r => r.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Join(db.Users, r => r.RecipientUserId, u => u.Id, (r, u) => new { Reminder = r, u.DisplayName })
            .ToListAsync();
        Reminders = [.. rows.Select(r => (r.Reminder, r.DisplayName))];
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await switches.SetAsync(User.ToActor(), Kinds, SwitchedOn.ToHashSet());
        TempData["Success"] = "Reminder settings saved.";
        return RedirectToPage();
    }
}

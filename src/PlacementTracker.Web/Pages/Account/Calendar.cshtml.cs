using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Calendar;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Account;

/// <summary>The signed-in person's calendar feed address, and resetting it when shared by mistake.</summary>
public class CalendarModel(CalendarFeed feed, SiteLinks links) : PageModel
{
    public Uri FeedAddress { get; private set; } = null!;

    public async Task OnGetAsync() =>
        FeedAddress = Address(await feed.TokenForAsync(User.ToViewer().UserId));

    public async Task<IActionResult> OnPostResetAsync()
    {
        await feed.ResetAsync(User.ToActor(), User.ToViewer().UserId);
        TempData["Success"] = "Your calendar address has been reset. The old address no longer works.";
        return RedirectToPage();
    }

    private Uri Address(string token) => links.To($"calendar/{token}.ics");
}

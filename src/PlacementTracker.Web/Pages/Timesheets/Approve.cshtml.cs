using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Web.Pages.Timesheets;

/// <summary>
/// The page an emailed approval link opens, for a supervisor who is not signed in. The token in the address is
/// the only key: it works once, for 14 days, and only while the week is as it was when the email was sent.
/// </summary>
[AllowAnonymous]
public class ApproveModel(TimesheetService timesheets) : PageModel
{
    public TimesheetWeek? Week { get; private set; }

    public string? Problem { get; private set; }

    public string? Done { get; private set; }

    [BindProperty]
    public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        await LoadAsync(token);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, bool approve)
    {
        var result = await timesheets.DecideByLinkAsync(token, approve, Comment);
        if (result.Succeeded)
        {
            Done = approve ? "You approved the week. Thank you." : "You returned the week to the student.";
            return Page();
        }

        await LoadAsync(token);
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field == "Comment" ? nameof(Comment) : "", message);
        }

        return Page();
    }

    private async Task LoadAsync(string token)
    {
        var linked = await timesheets.LinkedWeekAsync(token);
        (Week, Problem) = (linked.Week, linked.Problem);
    }
}

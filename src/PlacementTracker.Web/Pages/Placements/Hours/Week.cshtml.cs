using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Timesheets;
using PlacementTracker.Web.Infrastructure;
using PlacementTracker.Web.Timesheets;

namespace PlacementTracker.Web.Pages.Placements.Hours;

/// <summary>
/// One week of a placement: its entries, attendance and timesheet, with the forms each person may use on it.
/// </summary>
public class WeekModel(TimesheetService timesheets) : PageModel
{
    public TimesheetWeek Week { get; private set; } = default!;

    public Viewer Viewer { get; private set; } = default!;

    [BindProperty]
    public EntryForm Entry { get; set; } = new();

    [BindProperty]
    public AttendanceForm Absence { get; set; } = new();

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public uint TimesheetVersion { get; set; }

    public static IEnumerable<SelectListItem> AttendanceKinds { get; } =
        [.. Enum.GetValues<AttendanceKind>().Select(k => new SelectListItem(HoursText.Attendance(k), k.ToString()))];

    public bool CanEnter => !Week.IsLocked && Viewer.EntersHours(Week.Placement);

    public bool CanSubmit => Viewer.IsStudentOf(Week.Placement) && Week.Entries.Count > 0
        && Week.Status is TimesheetStatus.Open or TimesheetStatus.Returned;

    public bool CanDecide => Viewer.IsSupervisorOf(Week.Placement) && Week.Status == TimesheetStatus.Submitted;

    public bool CanReopen => Viewer.ManagesHours() && Week.IsLocked;

    public bool CanRecordAttendance => !Week.IsLocked && Viewer.RecordsAttendance(Week.Placement);

    public Task<IActionResult> OnGetAsync(Guid id, string weekStart) => ShowAsync(id, weekStart);

    public Task<IActionResult> OnPostAddAsync(Guid id, string weekStart) =>
        ActAsync(id, weekStart, async _ => Entry.ToInput(ModelState, nameof(Entry)) is { } input
            ? await timesheets.AddEntryAsync(id, input, Viewer, User.ToActor())
            : null, nameof(Entry), "Hours added.");

    public Task<IActionResult> OnPostDeleteAsync(Guid id, string weekStart, Guid entryId, uint entryVersion) =>
        ActAsync(id, weekStart, _ => Nullable(timesheets.DeleteEntryAsync(id, entryId, entryVersion, Viewer,
            User.ToActor())), "", "Entry deleted.");

    public Task<IActionResult> OnPostSubmitAsync(Guid id, string weekStart) =>
        ActAsync(id, weekStart, week => Nullable(timesheets.SubmitAsync(id, week, Viewer, User.ToActor())), "",
            "Week submitted for approval.");

    public Task<IActionResult> OnPostDecideAsync(Guid id, string weekStart, bool approve) =>
        ActAsync(id, weekStart, week => Nullable(timesheets.DecideAsync(id, week, approve, Comment,
            TimesheetVersion, Viewer, User.ToActor())), "", approve ? "Week approved." : "Week returned.");

    public Task<IActionResult> OnPostReopenAsync(Guid id, string weekStart) =>
        ActAsync(id, weekStart, week => Nullable(timesheets.ReopenAsync(id, week, Reason, TimesheetVersion, Viewer,
            User.ToActor())), "", "Week reopened.");

    public Task<IActionResult> OnPostAttendanceAsync(Guid id, string weekStart) =>
        ActAsync(id, weekStart, _ => Nullable(timesheets.RecordAttendanceAsync(id, Absence.ToInput(), Viewer,
            User.ToActor())), nameof(Absence), "Attendance recorded.");

    private static async Task<TimesheetResult?> Nullable(Task<TimesheetResult> result) => await result;

    private async Task<IActionResult> ActAsync(Guid id, string weekStart,
        Func<DateOnly, Task<TimesheetResult?>> act, string prefix, string success)
    {
        if (!await LoadAsync(id, weekStart))
        {
            return NotFound();
        }

        var result = await act(Week.WeekStart);
        if (result is { Missing: true })
        {
            return NotFound();
        }

        if (result is { Succeeded: true })
        {
            TempData["Success"] = success;
            return Redirect(HoursPage.Address(id, Week.WeekStart));
        }

        if (result is not null)
        {
            ModelState.AddErrors(prefix, result);
        }

        await LoadAsync(id, weekStart);
        return Page();
    }

    private async Task<IActionResult> ShowAsync(Guid id, string weekStart)
    {
        if (!await LoadAsync(id, weekStart))
        {
            return NotFound();
        }

        Entry.Date = Week.WeekStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, string weekStart)
    {
        Viewer = User.ToViewer();
        var placement = await timesheets.FindPlacementAsync(id, Viewer);
        if (placement is null || HoursPage.WeekFrom(weekStart) is not { } week
            || week < TimeRules.WeekStart(placement.PlannedStart) || week > placement.PlannedEnd)
        {
            return false;
        }

        Week = await timesheets.WeekAsync(placement, week);
        TimesheetVersion = Week.Timesheet?.Version ?? 0;
        return true;
    }
}

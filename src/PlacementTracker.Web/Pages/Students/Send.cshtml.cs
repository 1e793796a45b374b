using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Students;

/// <summary>
/// SEND needs, reasonable adjustments and consent to share them: pastoral staff and coordinators only.
/// Everyone else is answered as if the page did not exist.
/// </summary>
public class SendModel(StudentService students, AccessScope scope) : PageModel
{
    public Student Student { get; private set; } = default!;

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? SendNeeds { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public bool Share { get; set; }

    [BindProperty]
    public bool? ConsentGiven { get; set; }

    [BindProperty]
    public Guid AdjustmentId { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id, fresh: true);

    public Task<IActionResult> OnPostNeedsAsync(Guid id) =>
        SaveAsync(id, "SEND needs saved.", () =>
            students.ChangeSendNeedsAsync(id, SendNeeds, Version, User.ToViewer(), User.ToActor()));

    public Task<IActionResult> OnPostAddAsync(Guid id) =>
        SaveAsync(id, "Adjustment added.", () =>
            students.AddAdjustmentAsync(id, Description, Share, Version, User.ToViewer(), User.ToActor()));

    public Task<IActionResult> OnPostShareAsync(Guid id) =>
        SaveAsync(id, Share ? "Adjustment shared with the employer." : "Adjustment no longer shared.", () =>
            students.ShareAdjustmentAsync(id, AdjustmentId, Share, Version, User.ToViewer(), User.ToActor()));

    public Task<IActionResult> OnPostRemoveAsync(Guid id) =>
        SaveAsync(id, "Adjustment removed.", () =>
            students.RemoveAdjustmentAsync(id, AdjustmentId, Version, User.ToViewer(), User.ToActor()));

    public Task<IActionResult> OnPostConsentAsync(Guid id) =>
        SaveAsync(id, "Consent recorded.", () =>
            students.RecordConsentAsync(id, ConsentGiven, Version, User.ToViewer(), User.ToActor()));

    private async Task<IActionResult> SaveAsync(Guid id, string success, Func<Task<StudentSave>> save)
    {
        var result = ModelState.IsValid ? await save() : null;
        if (result is { NotFound: true } || !User.ToViewer().MaySeeSend())
        {
            return NotFound();
        }

        if (result is { Succeeded: true })
        {
            TempData["Success"] = success;
            return RedirectToPage(new { id });
        }

        if (result is { Conflict: true })
        {
            ModelState.AddConflict("this student's SEND section");
            return await ShowAsync(id, fresh: true);
        }

        ModelState.AddErrors("", result);
        return await ShowAsync(id, fresh: false);
    }

    private async Task<IActionResult> ShowAsync(Guid id, bool fresh)
    {
        var viewer = User.ToViewer();
        var student = viewer.MaySeeSend()
            ? await scope.Students(viewer)
                .AsNoTracking()
                .Include(s => s.Adjustments)
                .SingleOrDefaultAsync(s => s.Id == id)
            : null;
        if (student is null)
        {
            return NotFound();
        }

        Student = student;
        Version = student.Version;
        if (fresh)
        {
            SendNeeds = student.SendNeeds;
            ConsentGiven = student.SharingConsentGiven;
        }

        return Page();
    }
}

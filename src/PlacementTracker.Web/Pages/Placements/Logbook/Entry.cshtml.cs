using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Logbook;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Web.Employers;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Logbook;

/// <summary>
/// One logbook entry with its self-assessment, evidence and comments. The supervisor, the tutor and coordinators
/// may comment; evidence is streamed only to people who may see the placement.
/// </summary>
public class EntryModel(AccessScope scope, LogbookService logbook, PlanService plans, EvidenceStore store) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public LogbookEntry Entry { get; private set; } = default!;

    public IReadOnlyList<Objective> Objectives { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public bool CanComment { get; private set; }

    [BindProperty]
    public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid entryId) =>
        await LoadAsync(id, entryId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid entryId)
    {
        if (!await LoadAsync(id, entryId) || !CanComment)
        {
            return NotFound();
        }

        if (await logbook.CommentAsync(entryId, Comment, User.ToActor()) is { } error)
        {
            ModelState.AddModelError(nameof(Comment), error);
            return Page();
        }

        TempData["Success"] = "Comment added.";
        return Redirect($"/Placements/{id}/Logbook/Entry/{entryId}");
    }

    /// <summary>Streams one evidence file as a download; nobody outside the placement learns it exists.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid entryId, Guid evidenceId)
    {
        if (!await LoadAsync(id, entryId)
            || Entry.Evidence.SingleOrDefault(e => e.Id == evidenceId) is not { } evidence)
        {
            return NotFound();
        }

        return File(store.OpenRead(evidence.StoredName), evidence.ContentType, evidence.FileName);
    }

    public string ObjectiveName(Guid objectiveId) =>
        Objectives.FirstOrDefault(o => o.Id == objectiveId)?.Description ?? "An objective no longer on the plan";

    private async Task<bool> LoadAsync(Guid id, Guid entryId)
    {
        var placement = await LogbookPlacement.FindAsync(scope, User, id);
        var entry = placement is null ? null : await logbook.FindAsync(id, entryId);
        if (placement is null || entry is null)
        {
            return false;
        }

        var viewer = User.ToViewer();
        Placement = placement;
        Entry = entry;
        CanWrite = viewer.WritesLogbook(placement.Student!);
        CanComment = viewer.CommentsOnLogbook(placement, placement.Student!);
        Objectives = (await plans.GetAsync(id)).Objectives;
        return true;
    }
}

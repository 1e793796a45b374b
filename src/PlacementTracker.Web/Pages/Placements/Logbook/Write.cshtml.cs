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
/// Adds or changes a logbook entry, with a self-assessment against each objective and an optional evidence file.
/// Only the student writes their logbook; anyone else gets 404.
/// </summary>
public class WriteModel(AccessScope scope, LogbookService logbook, PlanService plans, EvidenceStore store) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public IReadOnlyList<Objective> Objectives { get; private set; } = [];

    public bool IsNew { get; private set; }

    [BindProperty]
    public LogbookInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public IFormFile? Evidence { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? entryId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var entry = entryId is { } existing ? await logbook.FindAsync(id, existing) : null;
        if (entryId is not null && entry is null)
        {
            return NotFound();
        }

        Fill(entry);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? entryId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var (evidence, fileError) = Evidence is { } file ? await LogbookPlacement.CheckAsync(file) : (null, null);
        var result = fileError is not null
            ? null
            : entryId is { } existing
                ? await logbook.EditAsync(id, existing, Version, Input, User.ToActor())
                : await logbook.AddAsync(id, Input, User.ToActor());
        if (result is { Conflict: true })
        {
            ModelState.AddConflict("this entry");
            Fill(await logbook.FindAsync(id, entryId!.Value));
            return Page();
        }

        foreach (var (field, message) in result?.Errors ?? LogbookRules.Validate(Input, logbook.Today))
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        if (fileError is not null)
        {
            ModelState.AddModelError(nameof(Evidence), fileError);
        }

        if (!ModelState.IsValid || result?.EntryId is not { } savedId)
        {
            return Page();
        }

        if (evidence is not null)
        {
            evidence.EntryId = savedId;
            await LogbookPlacement.StoreAsync(store, Evidence!, evidence);
            if (await logbook.AddEvidenceAsync(evidence, User.ToActor()) is { } refused)
            {
                ModelState.AddModelError(nameof(Evidence), refused);
                return Page();
            }
        }

        TempData["Success"] = IsNew ? "Entry added." : "Entry saved.";
        return Redirect($"/Placements/{id}/Logbook/Entry/{savedId}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var placement = await LogbookPlacement.FindAsync(scope, User, id);
        if (placement is null || !User.ToViewer().WritesLogbook(placement.Student!))
        {
            return false;
        }

        Placement = placement;
        IsNew = RouteData.Values["entryId"] is null;
        Objectives = [.. (await plans.GetAsync(id)).Objectives.Where(o => !o.Removed).OrderBy(o => o.Position)];
        return true;
    }

    private void Fill(LogbookEntry? entry)
    {
        Input = new LogbookInput
        {
            Date = entry?.Date ?? logbook.Today,
            WhatIDid = entry?.WhatIDid,
            Reflection = entry?.Reflection,
            Assessments =
            [
                .. Objectives.Select(o => entry?.Objectives.SingleOrDefault(r => r.ObjectiveId == o.Id) is { } r
                    ? new SelfAssessmentInput { ObjectiveId = o.Id, Rating = r.Rating, Comment = r.Comment }
                    : new SelfAssessmentInput { ObjectiveId = o.Id }),
            ],
        };
        Version = entry?.Version ?? 0;
    }
}

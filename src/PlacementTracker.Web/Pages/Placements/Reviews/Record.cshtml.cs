using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Logbook;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Reviews;

/// <summary>
/// Records a review: when it was held, who came, a rating per progress-indicator area, feedback and notes, each
/// objective's status with evidence, and agreed actions. Coordinators, administrators and the student's tutor only.
/// </summary>
public class RecordModel(
    AccessScope scope,
    ReviewService reviews,
    ProgressIndicatorFramework framework,
    PlanService plans,
    LogbookService logbook) : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public Review Review { get; private set; } = default!;

    public CurrentFramework Framework { get; private set; } = new([], []);

    public IReadOnlyList<Objective> Objectives { get; private set; } = [];

    public IReadOnlyList<FieldOption> LogbookOptions { get; private set; } = [];

    [BindProperty]
    public ReviewRecordInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid reviewId)
    {
        if (!await LoadAsync(id, reviewId))
        {
            return NotFound();
        }

        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid reviewId)
    {
        if (!await LoadAsync(id, reviewId))
        {
            return NotFound();
        }

        var result = await reviews.RecordAsync(id, reviewId, Version, Input, User.ToActor());
        if (result.Succeeded)
        {
            TempData["Success"] = "Review recorded.";
            return Redirect($"/Placements/{id}/Reviews/{reviewId}");
        }

        await ShowProblemsAsync(result, id, reviewId);
        return Page();
    }

    private async Task ShowProblemsAsync(EditResult result, Guid id, Guid reviewId)
    {
        if (result.Conflict)
        {
            ModelState.AddConflict("this review or its objectives");
            await LoadAsync(id, reviewId);
            Fill();
            return;
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field.Length == 0 ? "" : $"{nameof(Input)}.{field}", message);
        }
    }

    private async Task<bool> LoadAsync(Guid id, Guid reviewId)
    {
        if (await ReviewPages.FindAsync(scope, reviews, User, id, reviewId) is not { } found
            || !User.ToViewer().RecordsReviews(found.Placement.Student!))
        {
            return false;
        }

        (Placement, Review) = found;
        Framework = await framework.CurrentAsync();
        Objectives = (await plans.GetAsync(id)).Objectives;
        LogbookOptions =
        [
            new FieldOption("", "No logbook entry"),
            .. (await logbook.ListAsync(id)).Select(e => new FieldOption(e.Id.ToString(),
                $"{ReviewPages.Date(e.Date)}: {(e.WhatIDid.Length > 60 ? e.WhatIDid[..60] + "…" : e.WhatIDid)}")),
        ];
        return true;
    }

    private void Fill()
    {
        Version = Review.Version;
        Input = new ReviewRecordInput
        {
            HeldOn = Review.HeldOn ?? reviews.Today,
            Attendees = Review.Attendees,
            EmployerFeedback = Review.EmployerFeedback,
            ProviderNotes = Review.ProviderNotes,
            Ratings =
            [
                .. Framework.Areas.Select(a => new RatingInput
                {
                    AreaId = a.Id,
                    LevelId = Review.Ratings.FirstOrDefault(r => r.AreaId == a.Id)?.LevelId,
                }),
            ],
            Objectives =
            [
                .. Objectives.Select(o => Review.ObjectiveUpdates.FirstOrDefault(u => u.ObjectiveId == o.Id) is { } u
                    ? new ObjectiveUpdateInput
                    {
                        ObjectiveId = o.Id, ObjectiveVersion = o.Version, Status = u.Status, Evidence = u.Evidence,
                        LogbookEntryId = u.LogbookEntryId,
                    }
                    : new ObjectiveUpdateInput { ObjectiveId = o.Id, ObjectiveVersion = o.Version, Status = o.Status }),
            ],
            Actions =
            [
                .. Review.Actions.Select(a =>
                    new ActionInput { Description = a.Description, Owner = a.Owner, DueOn = a.DueOn }),
                .. Enumerable.Range(0, ReviewRules.BlankActionRows).Select(_ => new ActionInput()),
            ],
        };
    }
}

using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Auditing;
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
    LogbookService logbook) : ReviewFormPage(scope, reviews)
{
    public CurrentFramework Framework { get; private set; } = new([], []);

    public IReadOnlyList<Objective> Objectives { get; private set; } = [];

    public IReadOnlyList<FieldOption> LogbookOptions { get; private set; } = [];

    [BindProperty]
    public ReviewRecordInput Input { get; set; } = new();

    protected override string SavedMessage => "Review recorded.";

    protected override string ConflictSubject => "this review or its objectives";

    protected override string FieldPrefix => nameof(Input);

    protected override bool MayUse(Viewer viewer, Placement placement) => viewer.RecordsReviews(placement.Student!);

    protected override async Task LoadMoreAsync(Guid id)
    {
        Framework = await framework.CurrentAsync();
        Objectives = (await plans.GetAsync(id)).Objectives;
        LogbookOptions =
        [
            new FieldOption("", "No logbook entry"),
            .. (await logbook.ListAsync(id)).Select(e => new FieldOption(e.Id.ToString(),
                $"{ReviewPages.Date(e.Date)}: {(e.WhatIDid.Length > 60 ? e.WhatIDid[..60] + "…" : e.WhatIDid)}")),
        ];
    }

    protected override void Fill()
    {
        Version = Review.Version;
        Input = new ReviewRecordInput
        {
            HeldOn = Review.HeldOn ?? Reviews.Today,
            Attendees = Review.Attendees,
            EmployerFeedback = Review.EmployerFeedback,
            ProviderNotes = Review.ProviderNotes,
            Ratings = ReviewPages.Ratings(Framework, Review),
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

    protected override Task<EditResult> SaveAsync(Guid id, Guid reviewId, Actor actor) =>
        Reviews.RecordAsync(id, reviewId, Version, Input, actor);
}

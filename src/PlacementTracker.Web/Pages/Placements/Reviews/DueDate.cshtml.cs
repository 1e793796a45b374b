using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reviews;

namespace PlacementTracker.Web.Pages.Placements.Reviews;

/// <summary>Moves a review's due date. Coordinators and administrators only.</summary>
public class DueDateModel(AccessScope scope, ReviewService reviews) : ReviewFormPage(scope, reviews)
{
    [BindProperty]
    public DateOnly? DueOn { get; set; }

    protected override string SavedMessage => "Due date moved.";

    protected override bool MayUse(Viewer viewer, Placement placement) => viewer.MovesReviewDates();

    protected override void Fill() => (DueOn, Version) = (Review.DueOn, Review.Version);

    protected override Task<EditResult> SaveAsync(Guid id, Guid reviewId, Actor actor) =>
        Reviews.MoveDueDateAsync(id, reviewId, DueOn, Version, actor);
}

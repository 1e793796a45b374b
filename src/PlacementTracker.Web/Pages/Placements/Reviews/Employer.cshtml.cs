using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reviews;

namespace PlacementTracker.Web.Pages.Placements.Reviews;

/// <summary>
/// The employer's part of a review: the supervisor's feedback and ratings. The placement's supervisor only.
/// </summary>
public class EmployerModel(AccessScope scope, ReviewService reviews, ProgressIndicatorFramework framework)
    : ReviewFormPage(scope, reviews)
{
    public CurrentFramework Framework { get; private set; } = new([], []);

    [BindProperty]
    public EmployerPartInput Input { get; set; } = new();

    protected override string SavedMessage => "Your part of the review is saved.";

    protected override string FieldPrefix => nameof(Input);

    protected override bool MayUse(Viewer viewer, Placement placement) => viewer.WritesEmployerPart(placement);

    protected override async Task LoadMoreAsync(Guid id) => Framework = await framework.CurrentAsync();

    protected override void Fill()
    {
        Version = Review.Version;
        Input = new EmployerPartInput
        {
            EmployerFeedback = Review.EmployerFeedback,
            Ratings = ReviewPages.Ratings(Framework, Review),
        };
    }

    protected override Task<EditResult> SaveAsync(Guid id, Guid reviewId, Actor actor) =>
        Reviews.SaveEmployerPartAsync(id, reviewId, Version, Input, actor);
}

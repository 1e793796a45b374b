using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reviews;

namespace PlacementTracker.Web.Pages.Placements.Reviews;

/// <summary>The student's own part of a review, which they can write before it is held. The student only.</summary>
public class StudentModel(AccessScope scope, ReviewService reviews) : ReviewFormPage(scope, reviews)
{
    public const string Hint = "What has gone well, what you have found hard, and what you would like help with. "
        + "You can write this before the review.";

    [BindProperty]
    public string? StudentFeedback { get; set; }

    protected override string SavedMessage => "Your part of the review is saved.";

    protected override bool MayUse(Viewer viewer, Placement placement) =>
        viewer.WritesStudentPart(placement.Student!);

    protected override void Fill() => (StudentFeedback, Version) = (Review.StudentFeedback, Review.Version);

    protected override Task<EditResult> SaveAsync(Guid id, Guid reviewId, Actor actor) =>
        Reviews.SaveStudentPartAsync(id, reviewId, Version, StudentFeedback, actor);
}

using System.Globalization;
using System.Security.Claims;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Web.Pages.Placements.Plan;

namespace PlacementTracker.Web.Pages.Placements.Reviews;

/// <summary>
/// What the review pages share: finding the placement and review for someone who may see them, and words.
/// </summary>
public static class ReviewPages
{
    public static Task<Placement?> FindPlacementAsync(AccessScope scope, ClaimsPrincipal user, Guid id) =>
        PlanPlacement.FindAsync(scope, user, id);

    /// <summary>The placement and its review, or null (404) when either is out of the person's reach.</summary>
    public static async Task<(Placement Placement, Review Review)?> FindAsync(
        AccessScope scope,
        ReviewService reviews,
        ClaimsPrincipal user,
        Guid id,
        Guid reviewId)
    {
        var placement = await FindPlacementAsync(scope, user, id);
        var review = placement is null ? null : await reviews.FindAsync(id, reviewId);
        return review is null ? null : (placement!, review);
    }

    /// <summary>One rating row per area of the current framework, holding the level the review gave, if any.</summary>
    public static List<RatingInput> Ratings(CurrentFramework framework, Review review) =>
    [
        .. framework.Areas.Select(a => new RatingInput
        {
            AreaId = a.Id,
            LevelId = review.Ratings.FirstOrDefault(r => r.AreaId == a.Id)?.LevelId,
        }),
    ];

    public static string Date(DateOnly? date) =>
        date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "Not set";

    /// <summary>Where the review stands, as a GOV.UK tag's text and colour.</summary>
    public static (string Text, string Colour) Standing(Review review, DateOnly today) =>
        review.CompletedAtUtc is not null ? ("Confirmed", "govuk-tag--green")
        : review.HeldOn is not null ? ("Held, awaiting confirmation", "govuk-tag--blue")
        : ReviewRules.IsOverdue(review, today) ? ("Overdue", "govuk-tag--red")
        : ("Due", "govuk-tag--grey");
}

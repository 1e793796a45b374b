using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Logbook;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Reviews;

/// <summary>One review as recorded, with links to each person's part and the participant's confirmation.</summary>
public class DetailModel(AccessScope scope, ReviewService reviews, PlanService plans, LogbookService logbook)
    : PageModel
{
    public Placement Placement { get; private set; } = default!;

    public Review Review { get; private set; } = default!;

    public DateOnly Today => reviews.Today;

    public IReadOnlyDictionary<Guid, string> Objectives { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, DateOnly> LogbookDates { get; private set; } = new Dictionary<Guid, DateOnly>();

    public bool CanRecord { get; private set; }

    public bool CanMoveDueDate { get; private set; }

    public bool CanWriteEmployerPart { get; private set; }

    public bool CanWriteStudentPart { get; private set; }

    /// <summary>The capacity the viewer can still confirm in; null when they cannot or already have.</summary>
    public SignerCapacity? ConfirmAs { get; private set; }

    public IReadOnlyList<SignerCapacity> Confirmers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid reviewId) =>
        await LoadAsync(id, reviewId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, Guid reviewId, uint version)
    {
        if (!await LoadAsync(id, reviewId)
            || User.ToViewer().ConfirmsAs(Placement, Placement.Student!) is not { } capacity)
        {
            return NotFound();
        }

        var result = await reviews.ConfirmAsync(id, reviewId, version, capacity, User.ToActor());
        if (result.Conflict)
        {
            ModelState.AddConflict("this review");
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, reviewId);
            return Page();
        }

        TempData["Success"] = "Review confirmed.";
        return Redirect($"/Placements/{id}/Reviews/{reviewId}");
    }

    private async Task<bool> LoadAsync(Guid id, Guid reviewId)
    {
        if (await ReviewPages.FindAsync(scope, reviews, User, id, reviewId) is not { } found)
        {
            return false;
        }

        (Placement, Review) = found;
        var viewer = User.ToViewer();
        var student = Placement.Student!;
        CanRecord = viewer.RecordsReviews(student);
        CanMoveDueDate = viewer.MovesReviewDates() && Review.HeldOn is null;
        CanWriteEmployerPart = viewer.WritesEmployerPart(Placement);
        CanWriteStudentPart = viewer.WritesStudentPart(student);
        Confirmers = ReviewRules.Confirmers(Placement);
        var capacity = viewer.ConfirmsAs(Placement, student);
        ConfirmAs = Review.HeldOn is not null && capacity is { } c && Review.Confirmations.All(x => x.Capacity != c)
            ? capacity
            : null;
        Objectives = (await plans.GetAsync(id)).Objectives.ToDictionary(o => o.Id, o => o.Description);
        LogbookDates = (await logbook.ListAsync(id)).ToDictionary(e => e.Id, e => e.Date);
        return true;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Feedback;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Infrastructure;
using PlacementTracker.Web.Pages.Placements.Plan;

namespace PlacementTracker.Web.Pages.Placements.Feedback;

/// <summary>
/// A placement's feedback notes, newest first, for everyone who may see the placement; the form to add one is for
/// the supervisor, the tutor and coordinators, and a post from anyone else answers 404.
/// </summary>
public class IndexModel(AccessScope scope, FeedbackService feedback) : PageModel
{
    public static IReadOnlyList<FieldOption> AreaOptions { get; } =
    [
        .. Enum.GetValues<FeedbackArea>().Select(a => new FieldOption(a.ToString(), FeedbackRules.Name(a))),
    ];

    public static IReadOnlyList<FieldOption> ToneOptions { get; } =
    [
        .. Enum.GetValues<FeedbackTone>().Select(t => new FieldOption(t.ToString(), FeedbackRules.Name(t))),
    ];

    public Placement Placement { get; private set; } = default!;

    public IReadOnlyList<FeedbackNote> Notes { get; private set; } = [];

    public bool CanGiveFeedback { get; private set; }

    [BindProperty]
    public FeedbackInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.Date = feedback.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id) || !CanGiveFeedback)
        {
            return NotFound();
        }

        var errors = await feedback.AddAsync(id, Input, User.ToActor());
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = "Feedback added.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var placement = await PlanPlacement.FindAsync(scope, User, id);
        if (placement is null)
        {
            return false;
        }

        Placement = placement;
        CanGiveFeedback = User.ToViewer().GivesFeedback(placement, placement.Student!);
        Notes = await feedback.ListAsync(id);
        return true;
    }
}

using Microsoft.AspNetCore.Mvc;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Agreement;

public class IndexModel(AccessScope scope, AgreementService agreements) : AgreementPage(scope)
{
    /// <summary>Null until the agreement has been generated.</summary>
    public AgreementView? Agreement { get; private set; }

    /// <summary>The capacities the viewer may sign in that are not signed yet.</summary>
    public IReadOnlyList<SignerCapacity> MaySignAs { get; private set; } = [];

    public bool MayGenerate { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await FindPlacementAsync(id))
        {
            return NotFound();
        }

        Agreement = await agreements.GetAsync(id);
        MayGenerate = MayGenerateAgreement(Viewer);
        var capacities = await agreements.CapacitiesForAsync(id, Viewer);
        MaySignAs = Agreement is null ? [] : [.. capacities.Where(c => Agreement.SignatureAs(c) is null)];
        return Page();
    }

    public async Task<IActionResult> OnPostGenerateAsync(Guid id)
    {
        if (!MayGenerateAgreement(Viewer) || !await FindPlacementAsync(id))
        {
            return NotFound();
        }

        var before = await agreements.StoredHashAsync(id);
        var after = await agreements.RefreshAsync(id, User.ToActor());
        TempData["Success"] = before is null ? "Agreement generated."
            : before == after!.Current.ContentHash ? "Nothing has changed: the agreement is up to date."
            : "Agreement regenerated. Everyone who had signed needs to sign again.";
        return RedirectToPage(new { id });
    }

    private static bool MayGenerateAgreement(Viewer viewer) =>
        viewer.Is(Roles.PlacementCoordinator) || viewer.Is(Roles.Administrator);
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Placements.Agreement;

/// <summary>
/// A page about one placement's agreement. Anyone who may see the placement may see its agreement; for anyone
/// else the placement is not found.
/// </summary>
public abstract class AgreementPage(AccessScope scope) : PageModel
{
    public Guid PlacementId { get; private set; }

    public string StudentName { get; private set; } = "";

    public string EmployerName { get; private set; } = "";

    protected Viewer Viewer => User.ToViewer();

    /// <summary>Loads the placement's names when the viewer may see it; false when they may not.</summary>
    protected async Task<bool> FindPlacementAsync(Guid id)
    {
        var placement = await scope.Placements(Viewer)
            .Where(p => p.Id == id)
            .Select(p => new
            {
                Student = p.Student!.GivenName + " " + p.Student.FamilyName,
                Employer = p.Employer!.Name,
            })
            .SingleOrDefaultAsync();
        if (placement is null)
        {
            return false;
        }

        (PlacementId, StudentName, EmployerName) = (id, placement.Student, placement.Employer);
        return true;
    }

    public static string CapacityWord(Core.Agreements.SignerCapacity capacity) =>
        Core.Agreements.AgreementView.CapacityName(capacity).ToLowerInvariant();
}

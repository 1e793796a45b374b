using System.Security.Claims;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Auditing;

namespace PlacementTracker.Web.Infrastructure;

public static class ViewerExtensions
{
    /// <summary>The signed-in user as the access rules see them.</summary>
    public static Viewer ToViewer(this ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The user is not signed in.");
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Viewer(id, roles);
    }

    public static Actor ToActor(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name ?? "Unknown");
}

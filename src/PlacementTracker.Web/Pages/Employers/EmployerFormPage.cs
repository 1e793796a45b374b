using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Employers;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers;

/// <summary>A form that adds something to one employer; only coordinators and administrators may use it.</summary>
[Authorize(Policy = Policies.EmployerEditor)]
public abstract class EmployerFormPage(AccessScope scope) : PageModel
{
    public Employer Employer { get; private set; } = default!;

    /// <summary>Finds the employer in the editor's scope; false means the page should answer 404.</summary>
    protected async Task<bool> FindEmployerAsync(Guid employerId)
    {
        var employer = await scope.Employers(User.ToViewer())
            .AsNoTracking()
            .Include(e => e.Sites)
            .SingleOrDefaultAsync(e => e.Id == employerId);
        if (employer is null)
        {
            return false;
        }

        Employer = employer;
        return true;
    }

    protected void AddErrors(IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError($"Input.{field}", message);
        }
    }
}

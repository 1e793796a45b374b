using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers;

/// <summary>Asks before unlinking a supervisor from an employer; their account stays.</summary>
public class RemoveSupervisorModel(AccessScope scope, PlacementDbContext db, EmployerRecords records)
    : EmployerFormPage(scope)
{
    public string SupervisorName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid employerId, string userId) =>
        await FindAsync(employerId, userId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid employerId, string userId)
    {
        if (!await FindAsync(employerId, userId))
        {
            return NotFound();
        }

        var result = await records.UnlinkSupervisorAsync(employerId, userId, User.ToActor());
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        TempData["Success"] = $"{SupervisorName} is no longer a supervisor at {Employer.Name}.";
        return RedirectToPage("/Employers/Detail", new { id = employerId });
    }

    private async Task<bool> FindAsync(Guid employerId, string userId)
    {
        if (!await FindEmployerAsync(employerId))
        {
            return false;
        }

        var name = await (
            from link in db.EmployerSupervisors
            join user in db.Users on link.UserId equals user.Id
            where link.EmployerId == employerId && link.UserId == userId
            select user.DisplayName).SingleOrDefaultAsync();
        SupervisorName = name ?? "";
        return name is not null;
    }
}

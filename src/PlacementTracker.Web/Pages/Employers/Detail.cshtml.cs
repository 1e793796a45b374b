using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.Settings;
using PlacementTracker.Web.Employers;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Employers;

public class DetailModel(
    AccessScope scope,
    PlacementDbContext db,
    ProviderSettingsStore settings,
    EvidenceStore evidence,
    TimeProvider clock) : PageModel
{
    public Employer Employer { get; private set; } = default!;

    public IReadOnlyList<SupervisorRow> Supervisors { get; private set; } = [];

    public IReadOnlyList<Opportunity> Opportunities { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public DateOnly Today { get; private set; }

    public int WarningDays { get; private set; }

    public DueDiligenceStatus StatusOf(DueDiligenceCheck check) =>
        DueDiligenceRules.Status(check.ExpiresOn, Today, WarningDays);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var viewer = User.ToViewer();
        var employer = await scope.Employers(viewer)
            .AsNoTracking()
            .AsSplitQuery()
            .Include(e => e.Sites)
            .Include(e => e.Contacts)
            .Include(e => e.Accountabilities)
            .Include(e => e.DueDiligenceChecks)
            .Include(e => e.Supervisors)
            .SingleOrDefaultAsync(e => e.Id == id);
        if (employer is null)
        {
            return NotFound();
        }

        Employer = employer;
        CanEdit = viewer.EditsEmployers;
        Today = DueDiligenceRules.Today(clock);
        WarningDays = (await settings.GetAsync()).DueDiligenceWarningDays;
        var supervisorIds = employer.Supervisors.Select(s => s.UserId).ToList();
        var users = await db.Users
            .Where(u => supervisorIds.Contains(u.Id))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.ActivatedAtUtc })
            .ToListAsync();
        Supervisors = [.. users.Select(u => new SupervisorRow(u.Id, u.DisplayName, u.Email ?? "", u.ActivatedAtUtc != null,
            employer.Supervisors.First(s => s.UserId == u.Id).JobTitle))];
        Opportunities = await scope.Opportunities(viewer)
            .AsNoTracking()
            .Where(o => o.EmployerId == id)
            .OrderBy(o => o.RoleTitle)
            .ToListAsync();
        return Page();
    }

    /// <summary>Streams a check's evidence to someone who may see the employer; nobody else learns it exists.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid checkId)
    {
        var check = await scope.Employers(User.ToViewer())
            .Where(e => e.Id == id)
            .SelectMany(e => e.DueDiligenceChecks)
            .AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == checkId);
        if (check?.EvidenceStoredName is null)
        {
            return NotFound();
        }

        return File(evidence.OpenRead(check.EvidenceStoredName), check.EvidenceContentType!, check.EvidenceFileName);
    }

    public sealed record SupervisorRow(string UserId, string Name, string Email, bool Activated, string? JobTitle);
}

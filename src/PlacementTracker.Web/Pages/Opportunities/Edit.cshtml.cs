using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Opportunities;

[Authorize(Policy = Policies.EmployerEditor)]
public class EditModel(AccessScope scope, PlacementDbContext db, OpportunityRecords records) : PageModel
{
    [BindProperty]
    public OpportunityInput Input { get; set; } = new();

    public Employer Employer { get; private set; } = default!;

    public bool IsNew { get; private set; }

    public IReadOnlyList<SelectListItem> Sites { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Specialisms { get; private set; } = [];

    public static IEnumerable<SelectListItem> DeliveryModels =>
        Enum.GetValues<DeliveryModel>().Select(m => new SelectListItem(StatusText.For(m), m.ToString()));

    public static IEnumerable<SelectListItem> Statuses =>
        Enum.GetValues<OpportunityStatus>().Select(s => new SelectListItem(s.ToString(), s.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? employerId)
    {
        var opportunity = id is { } existing ? await FindAsync(existing) : null;
        if ((id is not null && opportunity is null) || !await LoadAsync(opportunity?.EmployerId ?? employerId))
        {
            return NotFound();
        }

        IsNew = opportunity is null;
        Input = opportunity is null ? new OpportunityInput() : OpportunityInput.From(opportunity);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, Guid? employerId)
    {
        var opportunity = id is { } existing ? await FindAsync(existing) : null;
        if ((id is not null && opportunity is null) || !await LoadAsync(opportunity?.EmployerId ?? employerId))
        {
            return NotFound();
        }

        IsNew = opportunity is null;
        if (Input.StartFrom is { } from && Input.StartTo is { } to && to < from)
        {
            ModelState.AddModelError(
                "Input.StartTo",
                "The latest start date must be the same as or after the earliest");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var changes = Input.ToOpportunity(id ?? Guid.Empty, Employer.Id);
        var result = await records.SaveAsync(changes, Input.Specialisms, User.ToActor());
        if (result.Conflict)
        {
            ModelState.Clear();
            ModelState.AddModelError("", "Someone else changed this opportunity while you were editing. " +
                "Their changes are shown: check them and make your changes again");
            Input = OpportunityInput.From((await FindAsync(changes.Id))!);
            return Page();
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError($"Input.{field}", message);
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        TempData["Success"] = $"{changes.RoleTitle} saved.";
        return RedirectToPage("/Opportunities/Detail", new { id = changes.Id });
    }

    private Task<Opportunity?> FindAsync(Guid id) =>
        scope.Opportunities(User.ToViewer()).AsNoTracking().Include(o => o.Specialisms)
            .SingleOrDefaultAsync(o => o.Id == id);

    private async Task<bool> LoadAsync(Guid? employerId)
    {
        var employer = await scope.Employers(User.ToViewer()).AsNoTracking().Include(e => e.Sites)
            .SingleOrDefaultAsync(e => e.Id == employerId);
        if (employer is null)
        {
            return false;
        }

        Employer = employer;
        Sites = [new SelectListItem("No particular site", ""),
            .. employer.Sites
                .OrderBy(s => s.Name)
                .Select(s => new SelectListItem($"{s.Name}, {s.Town}", s.Id.ToString()))];
        Specialisms = (await db.Specialisms.OrderBy(s => s.Name).Select(s => new { s.Code, s.Name }).ToListAsync())
            .Select(s => (s.Code, s.Name))
            .ToList();
        return true;
    }
}

public sealed class OpportunityInput
{
    [Required(ErrorMessage = "Enter the role title")]
    [MaxLength(200, ErrorMessage = "Role title must be 200 characters or fewer")]
    public string RoleTitle { get; set; } = "";

    public Guid? EmployerSiteId { get; set; }

    public List<string> Specialisms { get; set; } = [];

    [MaxLength(4000, ErrorMessage = "Projects and tasks must be 4000 characters or fewer")]
    public string? ProjectsAndTasks { get; set; }

    [MaxLength(4000, ErrorMessage = "Skills needed must be 4000 characters or fewer")]
    public string? SkillsNeeded { get; set; }

    [MaxLength(4000, ErrorMessage = "Minimum starting requirements must be 4000 characters or fewer")]
    public string? MinimumStartingRequirements { get; set; }

    [MaxLength(4000, ErrorMessage = "Suggested prior learning must be 4000 characters or fewer")]
    public string? SuggestedPriorLearning { get; set; }

    public List<WorkingDays> WorkingDays { get; set; } = [];

    [MaxLength(200, ErrorMessage = "Hours must be 200 characters or fewer")]
    public string? WorkingHours { get; set; }

    [Required(ErrorMessage = "Select the delivery model")]
    public DeliveryModel? DeliveryModel { get; set; }

    public bool RemoteWorkPossible { get; set; }

    [Display(Name = "the earliest start date")]
    public DateOnly? StartFrom { get; set; }

    [Display(Name = "the latest start date")]
    public DateOnly? StartTo { get; set; }

    [Display(Name = "the number of places")]
    [Range(1, 100, ErrorMessage = "Number of places must be a whole number from 1 to 100")]
    public int Places { get; set; } = 1;

    [Required(ErrorMessage = "Select the status")]
    public OpportunityStatus? Status { get; set; } = OpportunityStatus.Open;

    public uint Version { get; set; }

    public static OpportunityInput From(Opportunity o) => new()
    {
        RoleTitle = o.RoleTitle,
        EmployerSiteId = o.EmployerSiteId,
        Specialisms = [.. o.Specialisms.Select(s => s.SpecialismCode)],
        ProjectsAndTasks = o.ProjectsAndTasks,
        SkillsNeeded = o.SkillsNeeded,
        MinimumStartingRequirements = o.MinimumStartingRequirements,
        SuggestedPriorLearning = o.SuggestedPriorLearning,
        WorkingDays = [.. Enum.GetValues<WorkingDays>().Where(d => d != Core.Placements.WorkingDays.None
            && o.WorkingDays.HasFlag(d))],
        WorkingHours = o.WorkingHours,
        DeliveryModel = o.DeliveryModel,
        RemoteWorkPossible = o.RemoteWorkPossible,
        StartFrom = o.StartFrom,
        StartTo = o.StartTo,
        Places = o.Places,
        Status = o.Status,
        Version = o.Version,
    };

    public Opportunity ToOpportunity(Guid id, Guid employerId) => new()
    {
        Id = id,
        EmployerId = employerId,
        EmployerSiteId = EmployerSiteId,
        RoleTitle = RoleTitle.Trim(),
        ProjectsAndTasks = ProjectsAndTasks?.Trim(),
        SkillsNeeded = SkillsNeeded?.Trim(),
        MinimumStartingRequirements = MinimumStartingRequirements?.Trim(),
        SuggestedPriorLearning = SuggestedPriorLearning?.Trim(),
        WorkingDays = WorkingDays.Aggregate(Core.Placements.WorkingDays.None, (all, day) => all | day),
        WorkingHours = WorkingHours?.Trim(),
        DeliveryModel = DeliveryModel ?? default,
        RemoteWorkPossible = RemoteWorkPossible,
        StartFrom = StartFrom,
        StartTo = StartTo,
        Places = Places,
        Status = Status ?? default,
        Version = Version,
    };
}

using Microsoft.AspNetCore.Mvc.Rendering;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Web.Pages.Placements;

/// <summary>The placement terms form as posted; the rules that check it live in Core.</summary>
public sealed class PlacementInput
{
    public Guid? OpportunityId { get; set; }

    public Guid EmployerId { get; set; }

    public Guid? EmployerSiteId { get; set; }

    public string? SupervisorUserId { get; set; }

    public string? RoleTitle { get; set; }

    public DeliveryModel? DeliveryModel { get; set; }

    public DateOnly? PlannedStart { get; set; }

    public DateOnly? PlannedEnd { get; set; }

    public List<WorkingDays> WorkingDays { get; set; } = [];

    public string? WorkingHours { get; set; }

    public int? PlannedHours { get; set; }

    public uint Version { get; set; }

    public static PlacementInput From(PlacementTerms t) => new()
    {
        OpportunityId = t.OpportunityId,
        EmployerId = t.EmployerId,
        EmployerSiteId = t.EmployerSiteId,
        SupervisorUserId = t.SupervisorUserId,
        RoleTitle = t.RoleTitle,
        DeliveryModel = t.DeliveryModel,
        PlannedStart = t.PlannedStart,
        PlannedEnd = t.PlannedEnd,
        WorkingDays = [.. Days.Where(d => t.WorkingDays.HasFlag(d))],
        WorkingHours = t.WorkingHours,
        PlannedHours = t.PlannedHours,
        Version = t.Version,
    };

    public PlacementTerms ToTerms() => new()
    {
        OpportunityId = OpportunityId,
        EmployerId = EmployerId,
        EmployerSiteId = EmployerSiteId,
        SupervisorUserId = SupervisorUserId,
        RoleTitle = RoleTitle ?? "",
        DeliveryModel = DeliveryModel,
        PlannedStart = PlannedStart,
        PlannedEnd = PlannedEnd,
        WorkingDays = WorkingDays.Aggregate(Core.Placements.WorkingDays.None, (all, day) => all | day),
        WorkingHours = WorkingHours,
        PlannedHours = PlannedHours,
        Version = Version,
    };

    public static IReadOnlyList<WorkingDays> Days { get; } =
        [.. Enum.GetValues<WorkingDays>().Where(d => d != Core.Placements.WorkingDays.None)];

    public static IEnumerable<SelectListItem> DeliveryModels =>
        Enum.GetValues<DeliveryModel>().Select(m => new SelectListItem(Infrastructure.StatusText.For(m), m.ToString()));
}

/// <summary>What the shared terms fields need: the form and the employer's sites and supervisors.</summary>
public sealed record PlacementForm(
    PlacementInput Input,
    IReadOnlyList<SelectListItem> Sites,
    IReadOnlyList<SelectListItem> Supervisors);

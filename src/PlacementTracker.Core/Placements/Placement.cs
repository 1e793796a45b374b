using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Placements;

/// <summary>A student's time with one employer, part of their industry placement.</summary>
public class Placement
{
    public Guid Id { get; set; }

    public Guid StudentId { get; set; }

    public Student? Student { get; set; }

    public Guid IndustryPlacementId { get; set; }

    public IndustryPlacement? IndustryPlacement { get; set; }

    /// <summary>The opportunity the student was matched to, when the placement came from one.</summary>
    public Guid? OpportunityId { get; set; }

    public Guid EmployerId { get; set; }

    public Employer? Employer { get; set; }

    public Guid? EmployerSiteId { get; set; }

    /// <summary>The employer supervisor (a user) who approves hours and gives feedback.</summary>
    public string? SupervisorUserId { get; set; }

    public string RoleTitle { get; set; } = "";

    public DeliveryModel DeliveryModel { get; set; }

    public DateOnly PlannedStart { get; set; }

    public DateOnly PlannedEnd { get; set; }

    /// <summary>The days of the week the student works.</summary>
    public WorkingDays WorkingDays { get; set; }

    /// <summary>Usual hours on a working day, in words, for example "09:00 to 16:30".</summary>
    public string? WorkingHours { get; set; }

    public int PlannedHours { get; set; }

    public PlacementStatus Status { get; set; }

    public uint Version { get; set; }

    public List<PlacementStatusChange> StatusChanges { get; } = [];
}

using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Placements;

/// <summary>A student's time with one employer, part of their industry placement.</summary>
public class Placement
{
    public Guid Id { get; set; }

    public Guid StudentId { get; set; }

    public Student? Student { get; set; }

    public Guid EmployerId { get; set; }

    public Employer? Employer { get; set; }

    public Guid? EmployerSiteId { get; set; }

    /// <summary>The employer supervisor (a user) who approves hours and gives feedback.</summary>
    public string? SupervisorUserId { get; set; }

    public string RoleTitle { get; set; } = "";

    public DeliveryModel DeliveryModel { get; set; }

    public DateOnly PlannedStart { get; set; }

    public DateOnly PlannedEnd { get; set; }

    public int PlannedHours { get; set; }

    public PlacementStatus Status { get; set; }
}

public enum PlacementStatus
{
    Planned,
    AwaitingAgreement,
    Active,
    OnHold,
    Completed,
    Withdrawn,
}

public enum DeliveryModel
{
    Block,
    DayRelease,
    Mixed,
}

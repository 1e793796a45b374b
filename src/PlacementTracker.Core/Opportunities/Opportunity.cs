using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Opportunities;

/// <summary>A role an employer offers to students, with what it involves and when.</summary>
public class Opportunity
{
    public Guid Id { get; set; }

    public Guid EmployerId { get; set; }

    public Employer? Employer { get; set; }

    public Guid? EmployerSiteId { get; set; }

    public string RoleTitle { get; set; } = "";

    public List<OpportunitySpecialism> Specialisms { get; } = [];

    public string? ProjectsAndTasks { get; set; }

    public string? SkillsNeeded { get; set; }

    public string? MinimumStartingRequirements { get; set; }

    public string? SuggestedPriorLearning { get; set; }

    public WorkingDays WorkingDays { get; set; }

    public string? WorkingHours { get; set; }

    public DeliveryModel DeliveryModel { get; set; }

    public bool RemoteWorkPossible { get; set; }

    public DateOnly? StartFrom { get; set; }

    public DateOnly? StartTo { get; set; }

    public int Places { get; set; } = 1;

    public OpportunityStatus Status { get; set; }

    public uint Version { get; set; }
}

/// <summary>An occupational specialism an opportunity suits.</summary>
public class OpportunitySpecialism
{
    public Guid OpportunityId { get; set; }

    public string SpecialismCode { get; set; } = "";
}

public enum OpportunityStatus
{
    Open,
    Filled,
    Closed,
}


namespace PlacementTracker.Core.Employers;

/// <summary>Links a user with the EmployerSupervisor role to the employer they work for.</summary>
public class EmployerSupervisor
{
    public Guid EmployerId { get; set; }

    public string UserId { get; set; } = "";

    public string? JobTitle { get; set; }
}

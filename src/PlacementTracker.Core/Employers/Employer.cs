namespace PlacementTracker.Core.Employers;

/// <summary>An organisation that offers industry placements.</summary>
public class Employer
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string? Sector { get; set; }

    public List<EmployerSite> Sites { get; } = [];

    public List<EmployerSupervisor> Supervisors { get; } = [];
}

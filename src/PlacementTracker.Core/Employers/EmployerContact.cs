namespace PlacementTracker.Core.Employers;

/// <summary>Someone at the employer the placement team can talk to.</summary>
public class EmployerContact
{
    public Guid Id { get; set; }

    public Guid EmployerId { get; set; }

    public string Name { get; set; } = "";

    public string? JobTitle { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}

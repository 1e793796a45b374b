namespace PlacementTracker.Core.Employers;

/// <summary>Who at the employer is responsible for one part of a student's placement.</summary>
public class Accountability
{
    public Guid Id { get; set; }

    public Guid EmployerId { get; set; }

    public AccountabilityKind Kind { get; set; }

    public string PersonName { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }
}

public enum AccountabilityKind
{
    Supervision,
    HealthAndSafety,
    LineManagement,
    SafeguardingContact,
}

namespace PlacementTracker.Core.Employers;

/// <summary>A place where students work for an employer.</summary>
public class EmployerSite
{
    public Guid Id { get; set; }

    public Guid EmployerId { get; set; }

    public string Name { get; set; } = "";

    public string AddressLine1 { get; set; } = "";

    public string? AddressLine2 { get; set; }

    public string Town { get; set; } = "";

    public string Postcode { get; set; } = "";
}

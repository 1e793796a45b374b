namespace PlacementTracker.Core.Employers;

/// <summary>
/// One check the provider made before placing students with an employer. There is at most one of each
/// kind per employer: a newer check replaces the older one.
/// </summary>
public class DueDiligenceCheck
{
    public Guid Id { get; set; }

    public Guid EmployerId { get; set; }

    public DueDiligenceKind Kind { get; set; }

    public DateOnly CheckedOn { get; set; }

    public DateOnly ExpiresOn { get; set; }

    /// <summary>The name the evidence is stored under in the data folder; never the uploader's file name.</summary>
    public string? EvidenceStoredName { get; set; }

    public string? EvidenceFileName { get; set; }

    public string? EvidenceContentType { get; set; }

    public long? EvidenceSize { get; set; }

    public bool HasEvidence => EvidenceStoredName is not null;
}

public enum DueDiligenceKind
{
    EmployersLiabilityInsurance,
    HealthAndSafetyPolicy,
    RiskAssessment,
    Safeguarding,
    DataProtection,
}

public enum DueDiligenceStatus
{
    Current,
    ExpiringSoon,
    Expired,
}

namespace PlacementTracker.Core.Employers;

/// <summary>An organisation that offers industry placements.</summary>
public class Employer
{
    public Guid Id { get; set; }

    /// <summary>The college's own code for the employer; imports match on it, so it is unique.</summary>
    public string Reference { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Sector { get; set; }

    /// <summary>
    /// The employer's nine-digit Employer Data Service (EDS) number, reported as WorkPlaceEmpId in the ILR; null
    /// when the college does not know it, and the ILR then gets 999999999.
    /// </summary>
    public string? EdsNumber { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public string? UsualHours { get; set; }

    /// <summary>Dress code or personal protective equipment the student needs.</summary>
    public string? DressCode { get; set; }

    public string? SiteInduction { get; set; }

    /// <summary>Anything else the student must know before their first day.</summary>
    public string? BeforeDayOne { get; set; }

    /// <summary>How the employer can support additional learning needs and make reasonable adjustments.</summary>
    public string? SupportNotes { get; set; }

    /// <summary>Funding or other requirements, such as an Employer Support Fund claim.</summary>
    public string? FundingNotes { get; set; }

    public uint Version { get; set; }

    public List<EmployerSite> Sites { get; } = [];

    public List<EmployerSupervisor> Supervisors { get; } = [];

    public List<EmployerContact> Contacts { get; } = [];

    public List<Accountability> Accountabilities { get; } = [];

    public List<DueDiligenceCheck> DueDiligenceChecks { get; } = [];
}

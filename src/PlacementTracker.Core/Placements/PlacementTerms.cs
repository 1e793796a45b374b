namespace PlacementTracker.Core.Placements;

/// <summary>What a coordinator enters to set up a placement or change its terms.</summary>
public sealed class PlacementTerms
{
    public Guid? OpportunityId { get; set; }

    public Guid EmployerId { get; set; }

    public Guid? EmployerSiteId { get; set; }

    public string? SupervisorUserId { get; set; }

    public string RoleTitle { get; set; } = "";

    public DeliveryModel? DeliveryModel { get; set; }

    public DateOnly? PlannedStart { get; set; }

    public DateOnly? PlannedEnd { get; set; }

    public WorkingDays WorkingDays { get; set; }

    public string? WorkingHours { get; set; }

    public int? PlannedHours { get; set; }

    /// <summary>The placement's version when the editor read it; ignored when setting up.</summary>
    public uint Version { get; set; }

    public static PlacementTerms From(Placement p) => new()
    {
        OpportunityId = p.OpportunityId,
        EmployerId = p.EmployerId,
        EmployerSiteId = p.EmployerSiteId,
        SupervisorUserId = p.SupervisorUserId,
        RoleTitle = p.RoleTitle,
        DeliveryModel = p.DeliveryModel,
        PlannedStart = p.PlannedStart,
        PlannedEnd = p.PlannedEnd,
        WorkingDays = p.WorkingDays,
        WorkingHours = p.WorkingHours,
        PlannedHours = p.PlannedHours,
        Version = p.Version,
    };

    public void Tidy()
    {
        RoleTitle = RoleTitle.Trim();
        WorkingHours = string.IsNullOrWhiteSpace(WorkingHours) ? null : WorkingHours.Trim();
        SupervisorUserId = string.IsNullOrWhiteSpace(SupervisorUserId) ? null : SupervisorUserId;
    }

    public void ApplyTo(Placement placement)
    {
        placement.EmployerSiteId = EmployerSiteId;
        placement.SupervisorUserId = SupervisorUserId;
        placement.RoleTitle = RoleTitle;
        placement.DeliveryModel = DeliveryModel!.Value;
        placement.PlannedStart = PlannedStart!.Value;
        placement.PlannedEnd = PlannedEnd!.Value;
        placement.WorkingDays = WorkingDays;
        placement.WorkingHours = WorkingHours;
        placement.PlannedHours = PlannedHours!.Value;
    }
}

/// <summary>Facts from the database that the rules for placement terms need.</summary>
public sealed record PlacementFacts(bool EmployerExists, bool SiteBelongsToEmployer, bool SupervisorBelongsToEmployer);

/// <summary>The checks on placement terms, as plain rules with a message for each field.</summary>
public static class PlacementRules
{
    public const int MaxPlannedHours = 9999;

    public static IReadOnlyDictionary<string, string> Validate(PlacementTerms terms, PlacementFacts facts)
    {
        var errors = new Dictionary<string, string>();
        if (!facts.EmployerExists)
        {
            errors[nameof(PlacementTerms.EmployerId)] = "Select the employer";
        }

        if (terms.EmployerSiteId is not null && !facts.SiteBelongsToEmployer)
        {
            errors[nameof(PlacementTerms.EmployerSiteId)] = "Select one of the employer's sites";
        }

        if (terms.SupervisorUserId is not null && !facts.SupervisorBelongsToEmployer)
        {
            errors[nameof(PlacementTerms.SupervisorUserId)] = "Select a supervisor who works for the employer";
        }

        if (terms.RoleTitle.Length is 0 or > 200)
        {
            errors[nameof(PlacementTerms.RoleTitle)] = "Enter the role title, in 200 characters or fewer";
        }

        if (terms.DeliveryModel is null || !Enum.IsDefined(terms.DeliveryModel.Value))
        {
            errors[nameof(PlacementTerms.DeliveryModel)] = "Select the delivery model";
        }

        CheckDates(terms, errors);
        if ((terms.WorkingDays & ~AllDays) != 0 || terms.WorkingDays == WorkingDays.None)
        {
            errors[nameof(PlacementTerms.WorkingDays)] = "Select at least one working day";
        }

        if (terms.WorkingHours is { Length: > 200 })
        {
            errors[nameof(PlacementTerms.WorkingHours)] = "Working hours must be 200 characters or fewer";
        }

        if (terms.PlannedHours is not (> 0 and <= MaxPlannedHours))
        {
            errors[nameof(PlacementTerms.PlannedHours)] =
                $"Enter the planned hours as a whole number from 1 to {MaxPlannedHours}";
        }

        return errors;
    }

    private const WorkingDays AllDays = WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday
        | WorkingDays.Thursday | WorkingDays.Friday | WorkingDays.Saturday | WorkingDays.Sunday;

    private static void CheckDates(PlacementTerms terms, Dictionary<string, string> errors)
    {
        if (terms.PlannedStart is null)
        {
            errors[nameof(PlacementTerms.PlannedStart)] = "Enter the planned start date";
        }

        if (terms.PlannedEnd is null)
        {
            errors[nameof(PlacementTerms.PlannedEnd)] = "Enter the planned end date";
        }
        else if (terms.PlannedStart is { } start && terms.PlannedEnd <= start)
        {
            errors[nameof(PlacementTerms.PlannedEnd)] = "The planned end date must be after the planned start date";
        }
    }
}

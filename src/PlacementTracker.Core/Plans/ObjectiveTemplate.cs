namespace PlacementTracker.Core.Plans;

/// <summary>
/// A starter set of objectives and learning goals for one occupational specialism, kept by coordinators. A plan
/// built from it copies its items; later changes to either do not touch the other.
/// </summary>
public class ObjectiveTemplate
{
    public Guid Id { get; set; }

    public string SpecialismCode { get; set; } = "";

    public string Name { get; set; } = "";

    public uint Version { get; set; }

    public List<ObjectiveTemplateItem> Items { get; } = [];
}

public class ObjectiveTemplateItem
{
    public Guid Id { get; set; }

    public Guid TemplateId { get; set; }

    public ObjectiveCategory Category { get; set; }

    public ObjectiveKind Kind { get; set; }

    public string Description { get; set; } = "";

    public string? SpecialismSkill { get; set; }

    public string? SuccessCriteria { get; set; }

    public string? Activities { get; set; }

    /// <summary>Weeks after the placement starts by which it should be met; sets the target date when copied.</summary>
    public int? TargetWeeksAfterStart { get; set; }

    public int Position { get; set; }
}

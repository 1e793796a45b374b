namespace PlacementTracker.Core.Plans;

/// <summary>
/// The objectives and learning goals of one placement. Its version goes up when objectives are revised after the
/// agreement was signed, so the signed agreement keeps the version it was signed with.
/// </summary>
public class PlacementPlan
{
    /// <summary>The placement's id: a placement has one plan.</summary>
    public Guid PlacementId { get; set; }

    /// <summary>1 for the first plan; one more for each version after an agreement was signed.</summary>
    public int Number { get; set; } = 1;

    /// <summary>The template the plan was first built from, if any.</summary>
    public Guid? TemplateId { get; set; }

    public uint Version { get; set; }

    public List<Objective> Objectives { get; } = [];
}

/// <summary>An objective or a learning goal of a placement plan.</summary>
public class Objective
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    public ObjectiveCategory Category { get; set; }

    public ObjectiveKind Kind { get; set; }

    public string Description { get; set; } = "";

    /// <summary>The occupational specialism skill it develops.</summary>
    public string? SpecialismSkill { get; set; }

    public string? SuccessCriteria { get; set; }

    /// <summary>The tasks, duties and activities through which it will be met.</summary>
    public string? Activities { get; set; }

    public DateOnly? TargetDate { get; set; }

    public ObjectiveStatus Status { get; set; }

    /// <summary>Order on the plan.</summary>
    public int Position { get; set; }

    /// <summary>Set when the objective is taken off the plan; its history stays.</summary>
    public bool Removed { get; set; }

    public uint Version { get; set; }
}

/// <summary>One change to an objective: who, when, in which plan version, what changed and why.</summary>
public class ObjectiveRevision
{
    public Guid Id { get; set; }

    public Guid ObjectiveId { get; set; }

    public Guid PlacementId { get; set; }

    public int PlanNumber { get; set; }

    public RevisionReason Reason { get; set; }

    /// <summary>The reviser's own words on why.</summary>
    public string? ReasonNote { get; set; }

    /// <summary>What changed, one line per field, "Field: before → after".</summary>
    public string Changes { get; set; } = "";

    public string? RevisedByUserId { get; set; }

    public string RevisedByName { get; set; } = "";

    public DateTime RevisedAtUtc { get; set; }
}

public enum ObjectiveCategory
{
    Objective,
    LearningGoal,
}

public enum ObjectiveKind
{
    TechnicalSkill,
    Behaviour,
    WorkOutput,
    EmployerIndicator,
}

public enum ObjectiveStatus
{
    NotStarted,
    InProgress,
    Achieved,
    NotAchieved,
}

/// <summary>Why an objective changed (DOMAIN.md step 8).</summary>
public enum RevisionReason
{
    /// <summary>Written when the plan was first set.</summary>
    PlanSetUp,
    WorkplaceChange,
    StudentProgress,
    ReviewOutcome,
    Correction,
}

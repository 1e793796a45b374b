using PlacementTracker.Core.Placements;
namespace PlacementTracker.Core.Students;

/// <summary>A T Level learner who needs an industry placement.</summary>
public class Student
{
    public Guid Id { get; set; }

    /// <summary>Unique Learner Number: the learner's national identifier, used in the DfE results upload.</summary>
    public string Uln { get; set; } = "";

    /// <summary>The college's own student number; never used in place of the ULN.</summary>
    public string StudentNumber { get; set; } = "";

    public string GivenName { get; set; } = "";

    public string FamilyName { get; set; } = "";

    public DateOnly DateOfBirth { get; set; }

    public string? Email { get; set; }

    public string CoreCode { get; set; } = "";

    public string SpecialismCode { get; set; } = "";

    public string Cohort { get; set; } = "";

    public DateOnly ExpectedEndDate { get; set; }

    /// <summary>Home postcode, stored in its normalised form.</summary>
    public string? Postcode { get; set; }

    /// <summary>The student's own sign-in, when they have one.</summary>
    public string? UserId { get; set; }

    /// <summary>The member of staff who is this student's personal tutor.</summary>
    public string? TutorUserId { get; set; }

    /// <summary>The days of the week the student can be on placement.</summary>
    public WorkingDays Availability { get; set; }

    public int? TravelMaxMinutes { get; set; }

    public int? TravelMaxMiles { get; set; }

    public TravelModes TravelModes { get; set; }

    /// <summary>Special educational needs and disabilities: special-category data, for pastoral staff only.</summary>
    public string? SendNeeds { get; set; }

    public List<ReasonableAdjustment> Adjustments { get; } = [];

    /// <summary>The student's answer on sharing adjustments with the employer; null until it is recorded.</summary>
    public bool? SharingConsentGiven { get; set; }

    public DateOnly? SharingConsentRecordedOn { get; set; }

    /// <summary>Who recorded the answer, as they were named then.</summary>
    public string? SharingConsentRecordedBy { get; set; }

    public DateOnly? WorkReadinessAssessedOn { get; set; }

    public List<WorkReadinessRating> WorkReadinessRatings { get; } = [];

    public string? WorkReadinessNotes { get; set; }

    public List<PreparationTraining> Training { get; } = [];

    public string? ProgressNotes { get; set; }

    public string? PriorLearning { get; set; }

    /// <summary>Goes up by one with every saved change, so an edit made from an old copy is refused.</summary>
    public uint Version { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";

    /// <summary>True when the student has said yes to sharing adjustments with the employer.</summary>
    public bool MayShareAdjustments => SharingConsentGiven == true;
}

/// <summary>A change the employer or college makes so the student can take part on equal terms.</summary>
public class ReasonableAdjustment
{
    public Guid Id { get; set; }

    public Guid StudentId { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Shown to the student's supervisors; only ever true while the student consents.</summary>
    public bool ShareWithEmployer { get; set; }
}

/// <summary>One progress-indicator area of a work-readiness assessment and the level reached.</summary>
public class WorkReadinessRating
{
    public Guid StudentId { get; set; }

    public string Area { get; set; } = "";

    public ProgressLevel Level { get; set; }
}

/// <summary>Training that prepares the student for the workplace, such as health and safety.</summary>
public class PreparationTraining
{
    public Guid Id { get; set; }

    public Guid StudentId { get; set; }

    public string What { get; set; } = "";

    public DateOnly CompletedOn { get; set; }
}


[Flags]
public enum TravelModes
{
    None = 0,
    Walk = 1,
    Cycle = 2,
    Bus = 4,
    Train = 8,
    Car = 16,
    Lift = 32,
}

public enum ProgressLevel
{
    NeedsImprovement,
    Good,
    Excellent,
}

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

    public string? Postcode { get; set; }

    /// <summary>The student's own sign-in, when they have one.</summary>
    public string? UserId { get; set; }

    /// <summary>The member of staff who is this student's personal tutor.</summary>
    public string? TutorUserId { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";
}

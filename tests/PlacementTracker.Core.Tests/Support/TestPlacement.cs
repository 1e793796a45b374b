using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Tests.Support;

/// <summary>
/// One student at one employer with a 315-hour placement running from a given start to 29 January 2027: the records
/// a service test starts from. A test sets what it cares about on them before saving.
/// </summary>
public sealed record TestPlacement(
    Student Student,
    Employer Employer,
    IndustryPlacement IndustryPlacement,
    Placement Placement)
{
    public static TestPlacement Create(DateOnly start, PlacementStatus status)
    {
        var student = new Student
        {
            Id = Guid.NewGuid(),
            Uln = "1000000004",
            StudentNumber = "S1",
            GivenName = "Ada",
            FamilyName = "Lovelace",
            DateOfBirth = new DateOnly(2009, 1, 1),
            CoreCode = "60358324",
            SpecialismCode = "ZTLOS005",
            Cohort = "2025 to 2027",
            ExpectedEndDate = new DateOnly(2027, 7, 31),
        };
        var employer = new Employer { Id = Guid.NewGuid(), Reference = "EMP1", Name = "Acme Software" };
        var industryPlacement = new IndustryPlacement
        {
            Id = Guid.NewGuid(),
            StudentId = student.Id,
            RequiredHours = 315,
        };
        var placement = new Placement
        {
            Id = Guid.NewGuid(),
            StudentId = student.Id,
            IndustryPlacementId = industryPlacement.Id,
            EmployerId = employer.Id,
            RoleTitle = "Junior developer",
            PlannedStart = start,
            PlannedEnd = new DateOnly(2027, 1, 29),
            PlannedHours = 315,
            Status = status,
        };
        return new TestPlacement(student, employer, industryPlacement, placement);
    }

    /// <summary>The four records, for <c>AddRange</c>.</summary>
    public object[] Records => [Student, Employer, IndustryPlacement, Placement];
}

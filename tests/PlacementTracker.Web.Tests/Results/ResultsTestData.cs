using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Results;

/// <summary>Students in a cohort of their own, with their industry placement as a test sets it.</summary>
public static class ResultsTestData
{
    public static string UniqueCohort() => $"Cohort {Guid.NewGuid():N}"[..20];

    public static async Task<Student> CreateLearnerAsync(
        this TestApp app,
        string cohort,
        Action<IndustryPlacement>? record = null,
        string? uln = null)
    {
        var (student, industryPlacement) = Learner(cohort, uln);
        record?.Invoke(industryPlacement);
        await app.SaveAsync(student, industryPlacement);
        return student;
    }

    /// <summary>Many students at once, each recorded as will not complete.</summary>
    public static Task CreateLearnersWhoWillNotCompleteAsync(this TestApp app, string cohort, int count) =>
        app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PlacementDbContext>();
            for (var i = 0; i < count; i++)
            {
                var (student, industryPlacement) = Learner(cohort, null);
                industryPlacement.WillNotCompleteReason = "Left the course";
                db.AddRange(student, industryPlacement);
            }

            await db.SaveChangesAsync();
        });

    public static Task<IndustryPlacement> IndustryPlacementAsync(this TestApp app, Guid studentId) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .IndustryPlacements.AsNoTracking().SingleAsync(i => i.StudentId == studentId));

    private static (Student, IndustryPlacement) Learner(string cohort, string? uln)
    {
        var id = Guid.NewGuid();
        var student = new Student
        {
            Id = id,
            Uln = uln ?? TestData.NextUln(),
            StudentNumber = $"R{Random.Shared.Next(100000, 999999)}",
            GivenName = "Siân",
            FamilyName = TestData.UniqueFamilyName(),
            DateOfBirth = new DateOnly(2009, 3, 14),
            CoreCode = "60358324",
            SpecialismCode = "ZTLOS005",
            Cohort = cohort,
            ExpectedEndDate = new DateOnly(2027, 7, 31),
        };
        return (student, new IndustryPlacement { Id = id, StudentId = id, RequiredHours = 315 });
    }
}

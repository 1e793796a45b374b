using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Web.Tests.Support;

/// <summary>
/// People who have a role that sees some placements, but not the one under test: each has their own student or
/// placement, so a page that leaks across records shows up as a 200 instead of a 404.
/// </summary>
public static class Outsiders
{
    public const string TutorOfAnotherStudent = "tutor of another student";
    public const string SupervisorOfAnotherEmployer = "supervisor of another employer";
    public const string AnotherStudent = "another student";
    public const string SubjectLeadOfAnotherPathway = "subject lead of another pathway";

    /// <summary>A pathway no test student is on unless a test puts them there.</summary>
    private const string AnotherPathway = "60358300";

    private static readonly string[] Everyone =
        [TutorOfAnotherStudent, SupervisorOfAnotherEmployer, AnotherStudent, SubjectLeadOfAnotherPathway];

    /// <summary>Every outsider on every database the tests run on.</summary>
    public static TheoryData<DatabaseProvider, string> OnEveryDatabase()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var database in TestDatabases.Providers)
        {
            foreach (var who in Everyone)
            {
                data.Add(database, who);
            }
        }

        return data;
    }

    public static async Task<TestUser> CreateOutsiderAsync(this TestApp app, string who)
    {
        switch (who)
        {
            case TutorOfAnotherStudent:
                var tutor = await app.CreateUserAsync(Roles.Tutor);
                await app.CreateStudentAsync(tutorUserId: tutor.Id);
                return tutor;
            case SupervisorOfAnotherEmployer:
                var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
                await app.CreatePlacementAsync(await app.CreateStudentAsync(), supervisor.Id);
                return supervisor;
            case AnotherStudent:
                var student = await app.CreateUserAsync(Roles.Student);
                await app.CreateStudentAsync(userId: student.Id);
                return student;
            case SubjectLeadOfAnotherPathway:
                var lead = await app.CreateUserAsync(Roles.SubjectLead);
                await app.LeadPathwayAsync(lead.Id, AnotherPathway);
                return lead;
            default:
                throw new ArgumentOutOfRangeException(nameof(who), who, "Not an outsider this helper knows");
        }
    }
}

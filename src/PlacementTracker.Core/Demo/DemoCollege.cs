using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.ReferenceData;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Demo;

/// <summary>Everything the demo college holds, built in memory before any of it is stored.</summary>
internal sealed record DemoCollege(
    IReadOnlyList<DemoAccount> Accounts,
    IReadOnlyList<Employer> Employers,
    IReadOnlyList<Student> Students,
    IReadOnlyList<Placement> Placements,
    IReadOnlyList<SubjectLeadPathway> SubjectLeadPathways,
    IReadOnlyList<DemoSignIn> SignIns,
    IReadOnlyList<Opportunity> Opportunities)
{
    public static DemoCollege Build(IReadOnlyList<Specialism> specialisms, DateTimeOffset now, int seed)
    {
        var dice = new DemoDice(seed);
        var calendar = new DemoCalendar(now);
        var accounts = new DemoAccounts(dice, calendar.NowUtc);
        var staff = DemoStaffRoom.Appoint(accounts);
        var employers = new DemoEmployerRecruiter(dice, accounts, staff[Roles.EmployerSupervisor]).RecruitAll();
        var learners = new DemoAdmissions(dice, calendar, staff, specialisms).EnrolAll();
        var placements = new DemoPlacementOffice(dice, calendar, employers).ArrangeAll(learners);
        var students = learners.Select(l => l.Student).ToList();
        new DemoStudentProfiles(new DemoDice(seed + 1), calendar, staff[Roles.PastoralSupport].DisplayName)
            .Fill(students);
        var opportunities = new DemoEmployerPaperwork(new DemoDice(seed + 2), calendar, specialisms)
            .FileAll(employers);
        return new DemoCollege(
            accounts.All,
            [.. employers.Select(e => e.Employer)],
            students,
            placements,
            DemoStaffRoom.AssignPathways(staff, students),
            [.. DemoStaffRoom.SignInsOf(staff)],
            opportunities);
    }
}

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;
using PlacementTracker.Core.Tests.Support;

namespace PlacementTracker.Core.Tests.Access;

public sealed class AccessScopeTests : IAsyncLifetime
{
    private CoreTestDatabase database = null!;
    private int uln = 100_000_000;

    public async Task InitializeAsync() => database = await CoreTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Students_ForAStudent_IsOnlyThemself()
    {
        var me = await UserAsync();
        var mine = await StudentAsync(userId: me);
        await StudentAsync();

        Assert.Equal([mine.Id], await StudentIdsAsync(Viewer(me, Roles.Student)));
    }

    [Fact]
    public async Task Students_ForATutor_IsTheirTutees()
    {
        var tutor = await UserAsync();
        var tutee = await StudentAsync(tutorUserId: tutor);
        await StudentAsync();

        Assert.Equal([tutee.Id], await StudentIdsAsync(Viewer(tutor, Roles.Tutor)));
    }

    [Fact]
    public async Task Students_ForASubjectLead_IsThoseOnTheirPathways()
    {
        var lead = await UserAsync();
        database.Db.SubjectLeadPathways.Add(new SubjectLeadPathway { UserId = lead, CoreCode = "60358294" });
        var earlyYears = await StudentAsync(coreCode: "60358294", specialismCode: "ZTLOS006");
        await StudentAsync();

        Assert.Equal([earlyYears.Id], await StudentIdsAsync(Viewer(lead, Roles.SubjectLead)));
    }

    [Fact]
    public async Task Placements_ForASupervisor_ExcludeTheSameStudentsOtherEmployer()
    {
        var supervisor = await UserAsync();
        var student = await StudentAsync();
        var mine = await PlacementAsync(student, supervisor);
        var elsewhere = await PlacementAsync(student, supervisorUserId: null);
        var viewer = Viewer(supervisor, Roles.EmployerSupervisor);

        Assert.Equal([student.Id], await StudentIdsAsync(viewer));
        Assert.Equal([mine.Id], await new AccessScope(database.Db).Placements(viewer).Select(p => p.Id).ToListAsync());
        Assert.NotEqual(mine.Id, elsewhere.Id);
    }

    [Fact]
    public async Task Students_ForSomeoneWithTwoRoles_IsEverythingEitherRoleAllows()
    {
        var person = await UserAsync();
        var tutee = await StudentAsync(tutorUserId: person);
        var placed = await StudentAsync();
        await PlacementAsync(placed, person);
        await StudentAsync();

        var seen = await StudentIdsAsync(Viewer(person, Roles.Tutor, Roles.EmployerSupervisor));

        Assert.Equal(new[] { tutee.Id, placed.Id }.Order(), seen.Order());
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.PlacementCoordinator)]
    [InlineData(Roles.PastoralSupport)]
    public async Task Students_ForProviderWideRoles_IsEveryone(string role)
    {
        await StudentAsync();
        await StudentAsync();

        Assert.Equal(2, (await StudentIdsAsync(Viewer(await UserAsync(), role))).Count);
    }

    [Fact]
    public async Task Students_ForAUserWithNoRole_IsNobody()
    {
        var nobody = await UserAsync();
        await StudentAsync(userId: nobody, tutorUserId: nobody);

        Assert.Empty(await StudentIdsAsync(Viewer(nobody)));
    }

    private static Viewer Viewer(string userId, params string[] roles) => new(userId, roles.ToHashSet());

    private Task<List<Guid>> StudentIdsAsync(Viewer viewer) =>
        new AccessScope(database.Db).Students(viewer).Select(s => s.Id).ToListAsync();

    private async Task<string> UserAsync()
    {
        var user = new AppUser { UserName = $"{Guid.NewGuid():N}@test", Email = $"{Guid.NewGuid():N}@test" };
        Assert.True((await database.Users.CreateAsync(user)).Succeeded);
        return user.Id;
    }

    private async Task<Student> StudentAsync(
        string? userId = null,
        string? tutorUserId = null,
        string coreCode = "60358324",
        string specialismCode = "ZTLOS005")
    {
        var student = new Student
        {
            Id = Guid.NewGuid(),
            Uln = (uln++).ToString(System.Globalization.CultureInfo.InvariantCulture) + "0",
            StudentNumber = Guid.NewGuid().ToString("N")[..8],
            GivenName = "Test",
            FamilyName = "Student",
            CoreCode = coreCode,
            SpecialismCode = specialismCode,
            UserId = userId,
            TutorUserId = tutorUserId,
        };
        database.Db.Students.Add(student);
        await database.Db.SaveChangesAsync();
        return student;
    }

    private async Task<Placement> PlacementAsync(Student student, string? supervisorUserId)
    {
        var employer = new Employer
        {
            Id = Guid.NewGuid(),
            Reference = $"E{Guid.NewGuid():N}"[..20],
            Name = "Employer",
        };
        if (!await database.Db.IndustryPlacements.AnyAsync(i => i.Id == student.Id))
        {
            database.Db.IndustryPlacements.Add(
                new IndustryPlacement { Id = student.Id, StudentId = student.Id, RequiredHours = 315 });
        }

        var placement = new Placement
        {
            Id = Guid.NewGuid(),
            StudentId = student.Id,
            IndustryPlacementId = student.Id,
            EmployerId = employer.Id,
            SupervisorUserId = supervisorUserId,
            Status = PlacementStatus.Active,
        };
        database.Db.AddRange(employer, placement);
        await database.Db.SaveChangesAsync();
        return placement;
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Identifiers;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Web.Tests.Support;

public sealed record TestUser(string Id, string Email, string Password);

/// <summary>One-line helpers that make records with sensible defaults, each unique to the calling test.</summary>
public static class TestData
{
    public const string Password = "correct-horse-battery";

    private static int ulnSeed = 100_000_000;

    public static async Task<TestUser> CreateUserAsync(this TestApp app, params string[] roles)
    {
        var email = $"user-{Guid.NewGuid():N}@tests.placement-tracker.test";
        return await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser
            {
                UserName = email,
                Email = email,
                DisplayName = "Test " + string.Join(" and ", roles),
                EmailConfirmed = true,
                CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
                ActivatedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRolesAsync(user, roles));
            return new TestUser(user.Id, email, Password);
        });
    }

    public static async Task<Student> CreateStudentAsync(
        this TestApp app,
        string? userId = null,
        string? tutorUserId = null,
        string coreCode = "60358324",
        string specialismCode = "ZTLOS005",
        string familyName = "Test",
        string givenName = "Zoë")
    {
        var student = new Student
        {
            Id = Guid.NewGuid(),
            Uln = NextUln(),
            StudentNumber = $"T{Random.Shared.Next(100000, 999999)}",
            GivenName = givenName,
            FamilyName = familyName,
            DateOfBirth = new DateOnly(2009, 3, 14),
            CoreCode = coreCode,
            SpecialismCode = specialismCode,
            Cohort = "2025 to 2027",
            ExpectedEndDate = new DateOnly(2027, 7, 31),
            UserId = userId,
            TutorUserId = tutorUserId,
        };
        await app.SaveAsync(student);
        return student;
    }

    public static async Task<Placement> CreatePlacementAsync(
        this TestApp app,
        Student student,
        string? supervisorUserId)
    {
        var employer = new Employer
        {
            Id = Guid.NewGuid(),
            Reference = NextReference(),
            Name = $"Employer {Guid.NewGuid():N}",
        };
        await app.WithServicesAsync(async services =>
        {
            // One industry placement per student, whatever number of placements a test gives them.
            var db = services.GetRequiredService<PlacementDbContext>();
            if (!await db.IndustryPlacements.AnyAsync(i => i.Id == student.Id))
            {
                db.IndustryPlacements.Add(new IndustryPlacement
                {
                    Id = student.Id,
                    StudentId = student.Id,
                    RequiredHours = 315,
                });
                await db.SaveChangesAsync();
            }
        });
        var placement = new Placement
        {
            Id = Guid.NewGuid(),
            StudentId = student.Id,
            IndustryPlacementId = student.Id,
            EmployerId = employer.Id,
            SupervisorUserId = supervisorUserId,
            RoleTitle = "Junior developer",
            DeliveryModel = DeliveryModel.Block,
            PlannedStart = new DateOnly(2026, 9, 7),
            PlannedEnd = new DateOnly(2027, 1, 29),
            PlannedHours = 315,
            Status = PlacementStatus.Active,
        };
        await app.SaveAsync(employer, placement);
        return placement;
    }

    /// <summary>A family name no other test uses, so a search for it finds only this test's students.</summary>
    public static string UniqueFamilyName() => $"Fam{Guid.NewGuid():N}"[..16];

    public static Task LeadPathwayAsync(this TestApp app, string userId, string coreCode) =>
        app.SaveAsync(new SubjectLeadPathway { UserId = userId, CoreCode = coreCode });

    public static Task SaveAsync(this TestApp app, params object[] entities) =>
        app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PlacementDbContext>();
            db.AddRange(entities);
            await db.SaveChangesAsync();
        });

    /// <summary>A unique employer reference of up to 20 characters.</summary>
    public static string NextReference() => $"T{Guid.NewGuid():N}"[..20].ToUpperInvariant();

    public static string NextUln()
    {
        while (true)
        {
            var firstNine = Interlocked.Increment(ref ulnSeed)
                .ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Uln.CheckDigitFor(firstNine) is { } check)
            {
                return firstNine + check;
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

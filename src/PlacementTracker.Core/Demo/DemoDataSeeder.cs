using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.ReferenceData;
using PlacementTracker.Core.Settings;

namespace PlacementTracker.Core.Demo;

/// <summary>
/// Fills an empty database with a believable college: staff, employers, students and placements at
/// every stage, the same on every run for the same clock. Reference data and roles must already exist.
/// </summary>
public sealed class DemoDataSeeder(PlacementDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public const string EmailDomain = "demo.placement-tracker.test";

    /// <summary>The password of every demo account.</summary>
    public const string Password = "Demo-Placements-2026";

    /// <summary>The made-up college the demo data belongs to.</summary>
    public const string ProviderName = "Northfield College (demo)";

    private const string Ukprn = "10099999";

    private const int Seed = 2026;

    public async Task<IReadOnlyList<DemoSignIn>> SeedAsync(CancellationToken cancellationToken = default)
    {
        await EnsureEmptyAsync(cancellationToken);
        var college = DemoCollege.Build(await SpecialismsAsync(cancellationToken), clock.GetUtcNow(), Seed);
        foreach (var account in college.Accounts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await OpenAccountAsync(account);
        }

        db.Employers.AddRange(college.Employers);
        db.Students.AddRange(college.Students);
        db.Placements.AddRange(college.Placements);
        db.Opportunities.AddRange(college.Opportunities);
        db.SubjectLeadPathways.AddRange(college.SubjectLeadPathways);
        await NameTheCollegeAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Plans first: the agreements hold the objectives of the plan they were signed with.
        await DemoPlans.BuildAsync(db, $"coordinator@{EmailDomain}", clock.GetUtcNow().UtcDateTime, cancellationToken);
        await DemoAgreements.SignAsync(db, $"coordinator@{EmailDomain}", cancellationToken);
        await DemoTimesheets.BuildAsync(db, clock, $"student@{EmailDomain}", Seed, cancellationToken);
        var readyToComplete = await DemoCompletions.ReadyAsync(
            db, clock, $"supervisor@{EmailDomain}", Seed, cancellationToken);
        await DemoReviews.BuildAsync(db, clock.GetUtcNow().UtcDateTime, readyToComplete, cancellationToken);
        await DemoCompletions.BuildAsync(db, clock, $"coordinator@{EmailDomain}", Seed, cancellationToken);
        return college.SignIns;
    }

    private async Task EnsureEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken)
            || await db.Students.AnyAsync(cancellationToken)
            || await db.Employers.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException(
                "Demo data goes only into a database with no users, students or employers.");
        }
    }

    private async Task NameTheCollegeAsync(CancellationToken cancellationToken)
    {
        var settings = await db.ProviderSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new ProviderSettings();
            db.ProviderSettings.Add(settings);
        }

        settings.ProviderName = ProviderName;
        settings.Ukprn = Ukprn;
    }

    private async Task<List<Specialism>> SpecialismsAsync(CancellationToken cancellationToken) =>
        await db.Specialisms
            .AsNoTracking()
            .Include(s => s.Pathway)
            .OrderBy(s => s.Code)
            .ToListAsync(cancellationToken);

    private async Task OpenAccountAsync(DemoAccount account)
    {
        EnsureSucceeded(await users.CreateAsync(account.User, Password), account);
        EnsureSucceeded(await users.AddToRoleAsync(account.User, account.Role), account);
    }

    private static void EnsureSucceeded(IdentityResult result, DemoAccount account)
    {
        if (!result.Succeeded)
        {
            var errors = string.Join(" ", result.Errors.Select(e => e.Description));
            throw new InvalidOperationException($"Could not create demo user {account.User.Email}: {errors}");
        }
    }
}

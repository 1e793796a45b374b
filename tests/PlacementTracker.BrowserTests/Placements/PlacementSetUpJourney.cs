using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlacementTracker.BrowserTests.Support;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.Placements;
using static Microsoft.Playwright.Assertions;

namespace PlacementTracker.BrowserTests.Placements;

[Collection(BrowserCollection.Name)]
public class PlacementSetUpJourneyOnSqliteTests(BrowserFixture browser)
{
    [Fact]
    public Task Coordinator_TakesAStudentFromNoPlacementToActive_OnSqlite() =>
        PlacementSetUpJourney.RunAsync(browser);
}

[Collection(PostgresBrowserCollection.Name)]
public class PlacementSetUpJourneyOnPostgresTests(PostgresBrowserFixture browser)
{
    [PostgresFact]
    public Task Coordinator_TakesAStudentFromNoPlacementToActive_OnPostgres() =>
        PlacementSetUpJourney.RunAsync(browser);
}

/// <summary>
/// A coordinator takes a demo student from no placement to an active one: suggestion, set-up, plan from a
/// template, awaiting agreement, the agreement signed by provider, student and employer, then active.
/// </summary>
public static class PlacementSetUpJourney
{
    private const string Password = "Journey-Placements-2026";

    private const string SignaturesMessage = "The agreement must be signed by the student, the provider and the "
        + "employer before the placement becomes active";

    /// <summary>What the arrange step made: the people who sign and the suggestion to pick.</summary>
    private sealed record Cast(
        Guid StudentId,
        string StudentName,
        string StudentEmail,
        string SupervisorEmail,
        string SupervisorName,
        string CoordinatorName,
        string EmployerName,
        string RoleTitle,
        DateOnly Start);

    public static async Task RunAsync(BrowserFixture browser)
    {
        var cast = await ArrangeAsync(browser.App);
        var end = cast.Start.AddDays(140);

        await using var coordinatorContext = await browser.NewContextAsync();
        var page = await coordinatorContext.NewPageAsync();
        await page.SignInAsAsync(Roles.PlacementCoordinator);

        // The student's page, then the suggestions.
        await page.GotoAsync($"/Students/{cast.StudentId}");
        await Expect(page.Heading()).ToContainTextAsync(cast.StudentName);
        await page.GetByRole(AriaRole.Link, new() { Name = "Find a placement", Exact = true }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Suggested placements");
        var title = $"{cast.RoleTitle} at {cast.EmployerName}";
        var suggestion = page.Locator("#suggestions > li")
            .Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }) });
        await Expect(suggestion).ToHaveCountAsync(1);
        await Expect(suggestion).ToContainTextAsync("Suits the student's occupational specialism");
        await page.AssertNoSeriousViolationsAsync();

        // Set up the placement from the suggestion: the form comes prefilled from the opportunity.
        await suggestion.GetByRole(AriaRole.Button, new() { Name = "Set up a placement" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Set up a placement");
        await Expect(page.GetByLabel("Role title")).ToHaveValueAsync(cast.RoleTitle);
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByLabel("Supervisor").SelectOptionAsync(new SelectOptionValue { Label = cast.SupervisorName });
        await page.GetByLabel("Delivery model").SelectOptionAsync(new SelectOptionValue { Label = "Block" });
        await page.GetByLabel("Planned start date").FillAsync(Iso(cast.Start));
        await page.GetByLabel("Planned end date").FillAsync(Iso(end));
        await page.GetByLabel("Working hours (optional)").FillAsync("9am to 4:30pm");
        await page.GetByLabel("Planned hours").FillAsync("315");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up placement" }).ClickAsync();

        // The placement page: Planned, with the terms as set up.
        await Expect(page.Heading()).ToHaveTextAsync($"{cast.RoleTitle} at {cast.EmployerName}");
        var placementUrl = new Uri(page.Url).AbsolutePath;
        await Expect(page.Locator("#status")).ToHaveTextAsync("Planned");
        await Expect(page.Locator("#terms")).ToContainTextAsync(cast.SupervisorName);
        await Expect(page.Locator("#history")).ToContainTextAsync("Placement set up");

        // The plan, built from the specialism's template.
        await page.GetByRole(AriaRole.Link, new() { Name = "Objectives and learning goals" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Objectives and learning goals");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Build from a template" })).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
        await page.Locator("input[name=TemplateId]").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Build the plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Objectives", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator(".govuk-summary-card").First).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();

        // Planned → Awaiting agreement.
        await page.GotoAsync(placementUrl);
        await ChangeStatusAsync(page, "Awaiting agreement", "Plan agreed with the employer; ready to sign");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Awaiting agreement");

        // The agreement: generate it and sign as the provider through check your answers.
        await page.GetByRole(AriaRole.Link, new() { Name = "Placement agreement" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Placement agreement");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate the agreement" }).ClickAsync();
        await Expect(page.Locator("#agreement")).ToContainTextAsync(cast.StudentName);
        await page.AssertNoSeriousViolationsAsync();
        var agreementUrl = new Uri(page.Url).AbsolutePath;
        await SignAsync(page, "provider");
        await Expect(Signature(page, "Provider")).ToContainTextAsync($"Signed by {cast.CoordinatorName}");

        // The student signs in a browser of their own.
        await using (var studentContext = await browser.NewContextAsync())
        {
            var studentPage = await studentContext.NewPageAsync();
            await SignInAsync(studentPage, cast.StudentEmail);
            await studentPage.GotoAsync(agreementUrl);
            await SignAsync(studentPage, "student");
            await Expect(Signature(studentPage, "Student")).ToContainTextAsync($"Signed by {cast.StudentName}");
        }

        // Without the employer's signature the placement cannot become active.
        await page.GotoAsync(placementUrl);
        await ChangeStatusAsync(page, "Active", "Trying before the employer has signed");
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync(SignaturesMessage);
        await page.GotoAsync(placementUrl);
        await Expect(page.Locator("#status")).ToHaveTextAsync("Awaiting agreement");

        // The supervisor signs as the employer.
        await using (var supervisorContext = await browser.NewContextAsync())
        {
            var supervisorPage = await supervisorContext.NewPageAsync();
            await SignInAsync(supervisorPage, cast.SupervisorEmail);
            await supervisorPage.GotoAsync(agreementUrl);
            await SignAsync(supervisorPage, "employer");
            await Expect(Signature(supervisorPage, "Employer"))
                .ToContainTextAsync($"Signed by {cast.SupervisorName}");
        }

        // All three have signed: the placement becomes active, and the history says who and why.
        const string reason = "All three have signed the agreement";
        await ChangeStatusAsync(page, "Active", reason);
        await Expect(page.Locator("#status")).ToHaveTextAsync("Active");
        var lastChange = page.Locator("#history tbody tr").Last.Locator("td");
        await Expect(lastChange.Nth(1)).ToHaveTextAsync(cast.CoordinatorName);
        await Expect(lastChange.Nth(2)).ToHaveTextAsync("Awaiting agreement");
        await Expect(lastChange.Nth(3)).ToHaveTextAsync("Active");
        await Expect(lastChange.Nth(4)).ToHaveTextAsync(reason);
    }

    /// <summary>From the placement page: Change the status, choose <paramref name="to"/>, give a reason.</summary>
    private static async Task ChangeStatusAsync(IPage page, string to, string reason)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Change the status" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Change the placement's status");
        await page.GetByLabel(to, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reason for the change").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
    }

    /// <summary>From the agreement page: the sign link, the check-your-answers page, the Sign button.</summary>
    private static async Task SignAsync(IPage page, string capacity)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = $"Sign as the {capacity}", Exact = true }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Check the agreement before you sign it");
        await Expect(page.Locator("main")).ToContainTextAsync($"You are signing as the {capacity}.");
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign as the {capacity}", Exact = true }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Placement agreement");
    }

    private static ILocator Signature(IPage page, string capacityName) =>
        page.Locator("#signatures .govuk-summary-list__row")
            .Filter(new() { Has = page.Locator("dt", new() { HasTextString = capacityName }) });

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.SubmitSignInAsync(email, Password);
        await page.WaitForURLAsync(
            url => !new Uri(url).AbsolutePath.StartsWith("/Account/SignIn", StringComparison.Ordinal));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Set-up through the app's services: a demo student with no placement whose specialism has an objective
    /// template gets a sign-in, and a new employer offers an open opportunity that suits them, with a supervisor
    /// who can sign in. The distinctive role title finds the suggestion.
    /// </summary>
    private static Task<Cast> ArrangeAsync(BrowserApp app) => app.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<PlacementDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var now = DateTime.UtcNow;
        var suffix = Guid.NewGuid().ToString("N")[..8];

        var templated = await db.ObjectiveTemplates.Select(t => t.SpecialismCode).Distinct().ToListAsync();
        var student = await db.Students
            .Where(s => templated.Contains(s.SpecialismCode)
                && s.UserId == null
                && !db.Placements.Any(p => p.StudentId == s.Id))
            .OrderBy(s => s.FamilyName).ThenBy(s => s.GivenName).ThenBy(s => s.Id)
            .FirstAsync();

        var studentUser = await CreateUserAsync(
            users, $"journey-student-{suffix}", student.FullName, Roles.Student, now);
        student.UserId = studentUser.Id;

        var supervisorName = $"Journey Supervisor {suffix}";
        var supervisor = await CreateUserAsync(
            users, $"journey-supervisor-{suffix}", supervisorName, Roles.EmployerSupervisor, now);

        var employer = new Employer
        {
            Id = Guid.NewGuid(),
            Reference = $"JRN{suffix}".ToUpperInvariant(),
            Name = $"Journey Works {suffix}",
        };
        var site = new EmployerSite
        {
            Id = Guid.NewGuid(),
            EmployerId = employer.Id,
            Name = "Head office",
            AddressLine1 = "1 Journey Street",
            Town = "Leeds",
            Postcode = "LS1 4AP",
        };
        var start = DateOnly.FromDateTime(now).AddDays(14);
        var opportunity = new Opportunity
        {
            Id = Guid.NewGuid(),
            EmployerId = employer.Id,
            EmployerSiteId = site.Id,
            RoleTitle = $"Journey placement role {suffix}",
            WorkingDays = student.Availability == WorkingDays.None
                ? WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday
                : student.Availability,
            WorkingHours = "9am to 4:30pm",
            DeliveryModel = DeliveryModel.Block,
            StartFrom = start,
            StartTo = start.AddDays(60),
            Places = 1,
            Status = OpportunityStatus.Open,
        };
        opportunity.Specialisms.Add(new OpportunitySpecialism
        {
            OpportunityId = opportunity.Id,
            SpecialismCode = student.SpecialismCode,
        });
        db.AddRange(employer, site, opportunity);
        db.EmployerSupervisors.Add(new EmployerSupervisor
        {
            EmployerId = employer.Id,
            UserId = supervisor.Id,
            JobTitle = "Placement supervisor",
        });
        await db.SaveChangesAsync();

        var coordinator = await users.FindByEmailAsync(DemoUsers.EmailOf(Roles.PlacementCoordinator))
            ?? throw new InvalidOperationException("The demo coordinator is missing");
        return new Cast(
            student.Id,
            student.FullName,
            studentUser.Email!,
            supervisor.Email!,
            supervisorName,
            coordinator.DisplayName,
            employer.Name,
            opportunity.RoleTitle,
            start);
    });

    private static async Task<AppUser> CreateUserAsync(
        UserManager<AppUser> users, string mailbox, string name, string role, DateTime now)
    {
        var email = $"{mailbox}@tests.placement-tracker.test";
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = name,
            EmailConfirmed = true,
            CreatedAtUtc = now,
            ActivatedAtUtc = now,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

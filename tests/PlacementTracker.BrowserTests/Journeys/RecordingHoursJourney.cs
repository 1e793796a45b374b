using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using PlacementTracker.BrowserTests.Support;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Timesheets;
using static Microsoft.Playwright.Assertions;

namespace PlacementTracker.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class RecordingHoursJourneyOnSqliteTests(BrowserFixture browser)
{
    [Fact]
    public Task Student_LogsAndSubmitsAWeek_SupervisorApprovesFromTheEmail_ProgressCounts_OnSqlite() =>
        RecordingHoursJourney.RunAsync(browser);
}

[Collection(PostgresBrowserCollection.Name)]
public class RecordingHoursJourneyOnPostgresTests(PostgresBrowserFixture browser)
{
    [PostgresFact]
    public Task Student_LogsAndSubmitsAWeek_SupervisorApprovesFromTheEmail_ProgressCounts_OnPostgres() =>
        RecordingHoursJourney.RunAsync(browser);
}

/// <summary>
/// A student on an active placement logs last week, Monday to Friday, and submits it; the supervisor opens the
/// link in the approval email (read from the .eml file the app wrote), not signed in, and approves; the student's
/// progress page then counts the week and projects a completion date.
/// </summary>
public static partial class RecordingHoursJourney
{
    private const string Password = "Journey-Hours-2026";

    private sealed record Cast(Guid PlacementId, string StudentEmail, string SupervisorEmail, DateOnly Week);

    public static async Task RunAsync(BrowserFixture browser)
    {
        var cast = await ArrangeAsync(browser.App);

        await using var studentContext = await browser.NewContextAsync();
        var page = await studentContext.NewPageAsync();
        await page.SubmitSignInAsync(cast.StudentEmail, Password);
        await page.WaitForURLAsync(
            url => !new Uri(url).AbsolutePath.StartsWith("/Account/SignIn", StringComparison.Ordinal));

        // Before: nothing approved, so nothing counts and no date can be projected.
        var progressUrl = $"/Placements/{cast.PlacementId}/Progress";
        await page.GotoAsync(progressUrl);
        await Expect(page.Heading()).ToHaveTextAsync("Progress");
        await Expect(Row(page, "Counted hours")).ToHaveTextAsync("0h");
        await Expect(Row(page, "Projected completion")).ToHaveTextAsync("Not yet known");

        // Last week, from the placement page: six hours a day, Monday to Friday, then submit.
        await page.GotoAsync($"/Placements/{cast.PlacementId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hours and timesheets" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Hours");
        await page.GetByRole(AriaRole.Link, new() { Name = TimeRules.Words(cast.Week), Exact = true }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync($"Week beginning {TimeRules.Words(cast.Week)}");
        for (var day = 0; day < 5; day++)
        {
            var form = page.Locator("#add-entry");
            await form.GetByLabel("Day").SelectOptionAsync(Iso(cast.Week.AddDays(day)));
            await form.GetByLabel("Start time").FillAsync("09:00");
            await form.GetByLabel("End time").FillAsync("15:00");
            await form.GetByLabel("Kind of time").SelectOptionAsync(nameof(TimeEntryKind.OnSite));
            await form.GetByRole(AriaRole.Button, new() { Name = "Add hours" }).ClickAsync();
            await Expect(page.Locator("#entries tbody tr")).ToHaveCountAsync(day + 1);
        }

        await Expect(page.Locator("main")).ToContainTextAsync("Total recorded: 30h");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit the week for approval" }).ClickAsync();
        await Expect(page.Locator("#week-status")).ToHaveTextAsync("Waiting for approval");

        // The supervisor's email, as written to the mail folder, holds the link; they open it signed out.
        var link = ApprovalLinkIn(LatestEmailTo(browser.App, cast.SupervisorEmail));
        await using (var supervisorContext = await browser.NewContextAsync())
        {
            var approval = await supervisorContext.NewPageAsync();
            await approval.GotoAsync(link);
            await Expect(approval.Heading()).ToHaveTextAsync("Approve a week of placement hours");
            await Expect(approval.Locator("#entries li")).ToHaveCountAsync(5);
            await Expect(approval.Locator("main")).ToContainTextAsync("Total: 30h");
            await approval.AssertNoSeriousViolationsAsync();
            await approval.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
            await Expect(approval.Locator("#done")).ToHaveTextAsync("You approved the week. Thank you.");
        }

        // After: the week counts, and the rate so far gives a projected completion date.
        await page.GotoAsync(progressUrl);
        await Expect(Row(page, "Counted hours")).ToHaveTextAsync("30h");
        await Expect(Row(page, "Projected completion")).ToHaveTextAsync(DatePattern());
        await Expect(page.Locator("#by-kind")).ToContainTextAsync("On site");
        await page.AssertNoSeriousViolationsAsync();
    }

    /// <summary>The value of a row of the industry placement's summary list on the progress page.</summary>
    private static ILocator Row(IPage page, string key) =>
        page.Locator("#industry-progress .govuk-summary-list__row")
            .Filter(new() { Has = page.Locator("dt", new() { HasTextString = key }) })
            .Locator("dd");

    private static MimeMessage LatestEmailTo(BrowserApp app, string email)
    {
        var folder = Path.Combine(app.DataDirectory, "mail");
        return Directory.GetFiles(folder, "*.eml")
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(a => a.Address == email))
            .OrderBy(m => m.Date)
            .LastOrDefault()
            ?? throw new InvalidOperationException($"No email was written to {email}");
    }

    private static string ApprovalLinkIn(MimeMessage message)
    {
        var match = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(match.Success, "The approval email holds no link");
        var link = new Uri(match.Value).PathAndQuery;
        Assert.StartsWith("/Timesheets/Approve/", link, StringComparison.Ordinal);
        return link;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^\s*\d{1,2} [A-Z][a-z]+ \d{4}\s*$")]
    private static partial Regex DatePattern();

    /// <summary>
    /// Set-up through the app's services: a demo student with no placement gets a sign-in and an active placement
    /// with a new supervisor, started three weeks before last week, with nothing recorded yet.
    /// </summary>
    private static Task<Cast> ArrangeAsync(BrowserApp app) => app.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<PlacementDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var now = DateTime.UtcNow;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var student = await db.Students
            .Where(s => s.UserId == null && !db.Placements.Any(p => p.StudentId == s.Id))
            .OrderByDescending(s => s.FamilyName).ThenByDescending(s => s.GivenName).ThenBy(s => s.Id)
            .FirstAsync();
        var studentUser = await CreateUserAsync(users, $"hours-student-{suffix}", student.FullName, Roles.Student, now);
        student.UserId = studentUser.Id;
        var supervisor = await CreateUserAsync(
            users, $"hours-supervisor-{suffix}", $"Hours Supervisor {suffix}", Roles.EmployerSupervisor, now);

        var employer = new Employer
        {
            Id = Guid.NewGuid(),
            Reference = $"HRS{suffix}".ToUpperInvariant(),
            Name = $"Hours Works {suffix}",
        };
        var week = TimeRules.WeekStart(DateOnly.FromDateTime(now)).AddDays(-7);
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
            SupervisorUserId = supervisor.Id,
            RoleTitle = $"Hours journey role {suffix}",
            DeliveryModel = DeliveryModel.Block,
            PlannedStart = week.AddDays(-21),
            PlannedEnd = week.AddDays(-21 + (15 * 7) - 3),
            WorkingDays = WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday | WorkingDays.Thursday
                | WorkingDays.Friday,
            PlannedHours = 315,
            Status = PlacementStatus.Active,
        };
        db.AddRange(employer, industryPlacement, placement);
        db.EmployerSupervisors.Add(new EmployerSupervisor
        {
            EmployerId = employer.Id,
            UserId = supervisor.Id,
            JobTitle = "Placement supervisor",
        });
        await db.SaveChangesAsync();
        return new Cast(placement.Id, studentUser.Email!, supervisor.Email!, week);
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

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}

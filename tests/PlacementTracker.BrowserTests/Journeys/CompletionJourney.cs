using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlacementTracker.BrowserTests.Support;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Outcomes;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Results;
using static Microsoft.Playwright.Assertions;

namespace PlacementTracker.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class CompletionJourneyOnSqliteTests(BrowserFixture browser)
{
    [Fact]
    public Task Coordinator_TakesTheFinishedDemoStudentThroughReviewsAndDeclaration_ResultsShowCompleted_OnSqlite() =>
        CompletionJourney.RunAsync(browser);
}

[Collection(PostgresBrowserCollection.Name)]
public class CompletionJourneyOnPostgresTests(PostgresBrowserFixture browser)
{
    [PostgresFact]
    public Task Coordinator_TakesTheFinishedDemoStudentThroughReviewsAndDeclaration_ResultsShowCompleted_OnPostgres() =>
        CompletionJourney.RunAsync(browser);
}

/// <summary>
/// The demo supervisor's finished student, every hour approved but nothing reviewed yet, is taken to the end through
/// the pages: the coordinator records the start, middle and end reviews; the supervisor writes the employer
/// appraisal; the coordinator writes the end-of-placement review and what made it succeed, generates the declaration
/// and signs it for the provider; the supervisor signs it for the employer, which completes and locks the record;
/// and the results file the coordinator downloads for DfE has the student as completed. axe checks each page met.
/// </summary>
public static class CompletionJourney
{
    private const string Good = "Good";

    private static readonly string[] YesQuestions =
        ["Would you give the student a reference?", "Would you offer the student a job?"];

    private sealed record Cast(Guid PlacementId, string StudentName, string Uln, string Cohort);

    public static async Task RunAsync(BrowserFixture browser)
    {
        var cast = await ArrangeAsync(browser.App);
        await using var coordinatorContext = await browser.NewContextAsync();
        var coordinator = await coordinatorContext.NewPageAsync();
        await coordinator.SignInAsAsync(Roles.PlacementCoordinator);
        await using var supervisorContext = await browser.NewContextAsync();
        var supervisor = await supervisorContext.NewPageAsync();
        await supervisor.SignInAsAsync(Roles.EmployerSupervisor);
        var completionUrl = $"/Placements/{cast.PlacementId}/Completion";

        // Before: the hours and the agreement are there, but no review, appraisal or end-of-placement review.
        await coordinator.GotoAsync($"/Placements/{cast.PlacementId}");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Completion review and declaration" }).ClickAsync();
        await Expect(coordinator.Heading()).ToHaveTextAsync("Completion");
        await Expect(coordinator.Locator("#conditions .govuk-tag--red")).ToHaveCountAsync(5);
        await Expect(Condition(coordinator, "Hours")).ToContainTextAsync("Met");
        await Expect(Condition(coordinator, "Placement agreement signed")).ToContainTextAsync("Met");
        await Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "Generate the declaration" }))
            .ToBeVisibleAsync();
        await coordinator.AssertNoSeriousViolationsAsync();

        await RecordReviewsAsync(coordinator, cast);
        await AppraiseAsync(supervisor, completionUrl);
        await ReviewTheEndAsync(coordinator, completionUrl);
        await SignAsync(coordinator, supervisor, completionUrl);
        await AssertResultsShowCompletedAsync(coordinator, cast);

        // The student's achievements summary, from the reviews just held.
        await coordinator.GotoAsync($"/Placements/{cast.PlacementId}/Achievements");
        await Expect(coordinator.Heading()).ToHaveTextAsync("Achievements summary");
        await coordinator.AssertNoSeriousViolationsAsync();
    }

    /// <summary>The start, middle and end reviews, each recorded from the reviews list with every area rated.</summary>
    private static async Task RecordReviewsAsync(IPage page, Cast cast)
    {
        await page.GotoAsync($"/Placements/{cast.PlacementId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Reviews", Exact = true }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Reviews");
        await Expect(page.Locator("#reviews tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#reviews .govuk-tag")).ToHaveTextAsync(["Overdue", "Overdue", "Overdue"]);
        await page.AssertNoSeriousViolationsAsync();
        string[] kinds = ["Start", "Middle", "End"];
        foreach (var kind in kinds)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = $"{kind} review", Exact = true }).ClickAsync();
            await Expect(page.Heading()).ToHaveTextAsync($"{kind} review");
            await page.GetByRole(AriaRole.Link, new() { Name = "Record the review" }).ClickAsync();
            await Expect(page.Heading()).ToHaveTextAsync($"Record the {kind.ToLowerInvariant()} review");
            if (kind == kinds[0])
            {
                await page.AssertNoSeriousViolationsAsync();
            }

            await page.GetByLabel("Who attended", new() { Exact = true })
                .FillAsync($"{cast.StudentName}, their supervisor and the placement coordinator");
            await RateEveryAreaAsync(page);
            await page.GetByLabel("Employer feedback", new() { Exact = true })
                .FillAsync("Keeps to deadlines and asks good questions.");
            await page.GetByLabel("Provider notes", new() { Exact = true })
                .FillAsync($"The {kind.ToLowerInvariant()} review went through the plan's objectives.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the review" }).ClickAsync();
            await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Review recorded.");
            await Expect(page.Locator("#confirmations")).ToContainTextAsync("Provider: not confirmed yet");
            if (kind == kinds[0])
            {
                await page.AssertNoSeriousViolationsAsync();
            }

            await page.GetByRole(AriaRole.Link, new() { Name = "Back to the reviews" }).ClickAsync();
        }

        await Expect(page.Locator("#reviews .govuk-tag")).ToHaveTextAsync(
            ["Held, awaiting confirmation", "Held, awaiting confirmation", "Held, awaiting confirmation"]);
    }

    /// <summary>The supervisor rates every area Good and would give a reference and a job.</summary>
    private static async Task AppraiseAsync(IPage page, string completionUrl)
    {
        await page.GotoAsync(completionUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Write the employer appraisal" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Employer appraisal");
        await page.AssertNoSeriousViolationsAsync();
        await RateEveryAreaAsync(page);
        await page.GetByLabel("Strengths", new() { Exact = true }).FillAsync("Careful, reliable and good with people.");
        await page.GetByLabel("Areas to develop", new() { Exact = true })
            .FillAsync("Speaking up in larger meetings.");
        foreach (var question in YesQuestions)
        {
            await page.GetByRole(AriaRole.Group, new() { Name = question })
                .GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save the appraisal" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success"))
            .ToContainTextAsync("Employer appraisal saved.");
        await Expect(Condition(page, "Employer appraisal done")).ToContainTextAsync("Met");
    }

    /// <summary>The coordinator writes the end-of-placement review and what made the placement succeed.</summary>
    private static async Task ReviewTheEndAsync(IPage page, string completionUrl)
    {
        await page.GotoAsync(completionUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Write the end-of-placement review" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("End-of-placement review");
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByLabel("Reflection on the placement", new() { Exact = true })
            .FillAsync("I learned to plan my own week and to ask for help early.");
        await page.GetByLabel("Achievements", new() { Exact = true })
            .FillAsync("Built and tested a small tool the team now uses every day.");
        await page.GetByLabel("Next steps", new() { Exact = true }).FillAsync("Apply for a software apprenticeship.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the review" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success"))
            .ToContainTextAsync("End-of-placement review saved.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Change what made it succeed" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("What made the placement succeed");
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByLabel("What made it succeed", new() { Exact = true })
            .FillAsync("A weekly goal agreed every Monday and a supervisor who checked in daily.");
        await page.GetByLabel("The student consents").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Completion");
        await Expect(page.Locator("#conditions .govuk-tag--red")).ToHaveCountAsync(0);
    }

    /// <summary>Generated and signed by the coordinator for the provider, then by the supervisor as employer.</summary>
    private static async Task SignAsync(IPage coordinator, IPage supervisor, string completionUrl)
    {
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Generate the declaration" }).ClickAsync();
        await Expect(coordinator.Locator(".govuk-notification-banner--success"))
            .ToContainTextAsync("Completion declaration generated.");
        await Expect(coordinator.Locator("#signatures")).ToContainTextAsync("Awaiting signature");
        await coordinator.AssertNoSeriousViolationsAsync();
        await SignAsAsync(coordinator, "provider");

        await supervisor.GotoAsync(completionUrl);
        await Expect(supervisor.Locator("#locked")).ToHaveCountAsync(0);
        await SignAsAsync(supervisor, "employer");
        await Expect(supervisor.Locator("#locked")).ToBeVisibleAsync();
        await Expect(supervisor.GetByRole(AriaRole.Link, new() { Name = "Write the employer appraisal" }))
            .ToHaveCountAsync(0);

        await coordinator.GotoAsync(completionUrl);
        await Expect(coordinator.Locator("#locked")).ToBeVisibleAsync();
        await Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "Reopen the record" })).ToBeVisibleAsync();
        await coordinator.AssertNoSeriousViolationsAsync();
    }

    private static async Task SignAsAsync(IPage page, string capacity)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = $"Sign as the {capacity}" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Check the completion declaration before you sign it");
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign as the {capacity}" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success"))
            .ToContainTextAsync("You signed the completion declaration.");
        await Expect(page.Locator("#signatures")).ToContainTextAsync("Signed by");
    }

    /// <summary>The cohort checked on the results page, and the student's row in the file downloaded from it.</summary>
    private static async Task AssertResultsShowCompletedAsync(IPage page, Cast cast)
    {
        await page.GotoAsync("/Results");
        await Expect(page.Heading()).ToHaveTextAsync("Results for DfE");
        await page.GetByLabel("Cohort").SelectOptionAsync(cast.Cohort);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the cohort" }).ClickAsync();
        await Expect(page.Locator("#to-export")).ToContainTextAsync("to upload");
        await page.AssertNoSeriousViolationsAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download").ClickAsync());
        var lines = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.Equal(string.Join(",", ResultsUploadFile.Columns), lines[0]);
        var row = Assert.Single(lines, l => l.StartsWith(cast.Uln + ",", StringComparison.Ordinal)).Split(',');
        Assert.Equal(PlacementOutcomeText.UploadValue(PlacementOutcome.Completed), row[2]);
        Assert.All(row[3..], cell => Assert.Equal("", cell));
        Assert.Equal(ResultsUploadFile.Columns.Count, row.Length);
    }

    /// <summary>Good for every progress-indicator area on the form.</summary>
    private static async Task RateEveryAreaAsync(IPage page)
    {
        var areas = page.Locator("form fieldset")
            .Filter(new() { Has = page.GetByLabel(Good, new() { Exact = true }) });
        var count = await areas.CountAsync();
        Assert.True(count > 0, "The form has no progress-indicator areas to rate");
        for (var i = 0; i < count; i++)
        {
            await areas.Nth(i).GetByLabel(Good, new() { Exact = true }).CheckAsync();
        }
    }

    private static ILocator Condition(IPage page, string name) =>
        page.Locator("#conditions .govuk-summary-list__row")
            .Filter(new() { Has = page.Locator("dt", new() { HasTextString = name }) });

    /// <summary>The demo supervisor's placement that has ended but is still active: the one left to complete.</summary>
    private static Task<Cast> ArrangeAsync(BrowserApp app) => app.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<PlacementDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var supervisorEmail = DemoUsers.EmailOf(Roles.EmployerSupervisor);
        var placement = await db.Placements.AsNoTracking().Include(p => p.Student)
            .SingleAsync(p => p.Status == PlacementStatus.Active && p.PlannedEnd < today
                && db.Users.Any(u => u.Id == p.SupervisorUserId && u.Email == supervisorEmail));
        var student = placement.Student!;
        return new Cast(placement.Id, student.FullName, student.Uln, student.Cohort);
    });
}

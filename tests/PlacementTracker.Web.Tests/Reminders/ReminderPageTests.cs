using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Reminders;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Reminders;

public sealed class ReminderPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task RemindersPage_ShowsYourRemindersAndNeverAnyoneElses(DatabaseProvider provider)
    {
        var app = TestApp.For(provider);
        var student = await app.CreateUserAsync(Roles.Student);
        var other = await app.CreateUserAsync(Roles.Student);
        var mine = await AddSentAsync(app, student.Id);
        var theirs = await AddSentAsync(app, other.Id);

        var page = await (await app.SignedInClientAsync(student)).GetDocumentAsync("/Reminders");

        var table = page.QuerySelector("#reminders")!.TextContent;
        Assert.Contains(mine, table, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs, table, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task AdminRemindersPage_ListsEveryonesReminders_ForAdministratorsOnly(DatabaseProvider provider)
    {
        var app = TestApp.For(provider);
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var coordinator = await app.CreateUserAsync(Roles.PlacementCoordinator);
        var student = await app.CreateUserAsync(Roles.Student);
        var subject = await AddSentAsync(app, student.Id);

        var page = await (await app.SignedInClientAsync(admin)).GetDocumentAsync("/Admin/Reminders");
        var refused = await RefusedAsync(app, coordinator);
        var studentRefused = await RefusedAsync(app, student);

        Assert.Contains(subject, page.QuerySelector("#reminders")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, studentRefused.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task AdministratorSwitchesAKindOff_TheJobStopsSendingIt(DatabaseProvider provider)
    {
        await using var app = TestApp.StartNew(provider);
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var client = await app.SignedInClientAsync(admin);
        var on = Enum.GetValues<ReminderKind>()
            .Where(k => k != ReminderKind.LogbookStale)
            .Select(k => ("SwitchedOn", k.ToString())).ToArray();

        var response = await client.PostFormAsync("/Admin/Reminders", on);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var off = await app.WithServicesAsync(s =>
            s.GetRequiredService<PlacementDbContext>().ReminderKindsSwitchedOff.Select(o => o.Kind).ToListAsync());
        Assert.Equal([ReminderKind.LogbookStale], off);
        var page = await client.GetDocumentAsync("/Admin/Reminders");
        Assert.False(page.QuerySelector("#kind-LogbookStale")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector("#kind-ReviewDue")!.HasAttribute("checked"));

        // A stale logbook would be reminded about, but the kind is off.
        var studentUser = await app.CreateUserAsync(Roles.Student);
        var student = await app.CreateStudentAsync(userId: studentUser.Id);
        await app.CreatePlacementAsync(student, supervisorUserId: null);
        var result = await app.WithServicesAsync(s => s.GetRequiredService<ReminderRun>().RunTodayAsync());
        Assert.Equal(0, result.Sent);
    }

    /// <summary>What a signed-in user who is not an administrator gets for the page, after the redirect.</summary>
    private static async Task<HttpResponseMessage> RefusedAsync(TestApp app, TestUser user)
    {
        var client = await app.SignedInClientAsync(user);
        var response = await client.GetAsync("/Admin/Reminders");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetAsync(response.Headers.Location);
    }

    private static async Task<string> AddSentAsync(TestApp app, string userId)
    {
        var subject = $"Reminder {Guid.NewGuid():N}";
        await app.SaveAsync(new SentReminder
        {
            Id = Guid.NewGuid(),
            Kind = ReminderKind.LogbookStale,
            SubjectId = Guid.NewGuid(),
            RecipientUserId = userId,
            PeriodKey = "2026-W41",
            Subject = subject,
            LinkPath = "Students",
            Status = ReminderStatus.Sent,
            Attempts = 1,
            ClaimedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
            SentAtUtc = app.Clock.GetUtcNow().UtcDateTime,
        });
        return subject;
    }
}

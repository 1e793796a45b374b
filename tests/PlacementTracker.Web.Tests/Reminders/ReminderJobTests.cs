using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Reminders;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Reminders;

/// <summary>
/// The once-only guarantee with real app servers: two hosts on one database, each with its own reminder job, sharing
/// nothing but the database.
/// </summary>
public sealed class ReminderJobTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task TwoAppServersRunningAtOnce_SendEachReminderOnce(DatabaseProvider provider)
    {
        await using var first = TestApp.StartNew(provider);
        await using var second = SecondServer(first);
        var reviews = await AddReviewsDueAsync(first, count: 12);

        var results = await Task.WhenAll(RunAsync(first), RunAsync(second));

        // Each review reminds its supervisor and tutor: 24 reminders, each sent by exactly one of the servers.
        Assert.Equal(24, results.Sum(r => r.Sent));
        Assert.Equal(24, results.Sum(r => r.AlreadyClaimed));
        var emails = Emails(first).Concat(Emails(second)).ToList();
        Assert.Equal(24, emails.Count);
        Assert.Equal(24, emails.Select(e => (e.To.Mailboxes.Single().Address, e.Subject)).Distinct().Count());
        var rows = await first.WithServicesAsync(s =>
            s.GetRequiredService<PlacementDbContext>().SentReminders.AsNoTracking().ToListAsync());
        Assert.Equal(24, rows.Count);
        Assert.All(rows, r => Assert.Equal(ReminderStatus.Sent, r.Status));
        Assert.Equal(reviews.Count, rows.Select(r => r.SubjectId).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task ARestartedServer_SendsNothingAlreadySent(DatabaseProvider provider)
    {
        await using var before = TestApp.StartNew(provider);
        await AddReviewsDueAsync(before, count: 2);
        var firstRun = await RunAsync(before);

        // A new host on the same database holds nothing in memory from the first.
        await using var restarted = SecondServer(before);
        var secondRun = await RunAsync(restarted);

        Assert.Equal(new ReminderRunResult(4, 0, 0), firstRun);
        Assert.Equal(new ReminderRunResult(0, 4, 0), secondRun);
        Assert.Empty(Emails(restarted));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task ReviewReminderEmail_LinksToThePlacement(DatabaseProvider provider)
    {
        await using var app = TestApp.StartNew(provider);
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var student = await app.CreateStudentAsync(familyName: "Okafor", givenName: "Chidi");
        var placement = await app.CreatePlacementAsync(student, supervisor.Id);
        await app.SaveAsync(new Review
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            Kind = ReviewKind.Start,
            DueOn = new DateOnly(2026, 10, 8),
        });

        await RunAsync(app);

        var email = app.LatestTo(supervisor.Email);
        Assert.Equal("Review due on 8 October 2026: Chidi Okafor", email.Subject);
        Assert.Equal($"/Placements/{placement.Id}", Mailbox.LinkIn(email));
        Assert.Contains("The start review of Chidi Okafor's placement", email.TextBody, StringComparison.Ordinal);
    }

    private static TestApp SecondServer(TestApp first) =>
        TestApp.StartNew(first.Provider, new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = first.ConnectionString,
        });

    private static Task<ReminderRunResult> RunAsync(TestApp app) =>
        app.WithServicesAsync(s => s.GetRequiredService<ReminderRun>().RunTodayAsync());

    private static List<MimeMessage> Emails(TestApp app) =>
        Directory.Exists(app.MailDirectory)
            ? [.. Directory.GetFiles(app.MailDirectory, "*.eml").Select(path => MimeMessage.Load(path))]
            : [];

    private static async Task<List<Review>> AddReviewsDueAsync(TestApp app, int count)
    {
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        var reviews = new List<Review>();
        for (var i = 0; i < count; i++)
        {
            var student = await app.CreateStudentAsync(tutorUserId: tutor.Id, familyName: TestData.UniqueFamilyName());
            var placement = await app.CreatePlacementAsync(student, supervisor.Id);
            var review = new Review
            {
                Id = Guid.NewGuid(),
                PlacementId = placement.Id,
                Kind = ReviewKind.Middle,
                DueOn = new DateOnly(2026, 10, 8),
            };
            await app.SaveAsync(review);
            reviews.Add(review);
        }

        return reviews;
    }
}

using System.Net;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Reminders;

public sealed class CalendarFeedTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task TutorsFeed_HoldsTheirTuteesReviewsAndEndDates_NotOtherTutorsStudents(DatabaseProvider provider)
    {
        var app = TestApp.For(provider);
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        var otherTutor = await app.CreateUserAsync(Roles.Tutor);
        var tutee = await AddStudentWithReviewAsync(app, tutor.Id);
        var notMine = await AddStudentWithReviewAsync(app, otherTutor.Id);

        var response = await app.CreateBrowserlessClient().GetAsync(await FeedPathAsync(app, tutor));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", raw, StringComparison.Ordinal);
        var feed = raw.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains($"SUMMARY:Middle review: Zoë {tutee}", feed, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20261020", feed, StringComparison.Ordinal);
        Assert.Contains($"SUMMARY:Placement planned to end: Zoë {tutee}", feed, StringComparison.Ordinal);
        Assert.DoesNotContain(notMine, feed, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task StudentsFeed_HoldsOnlyTheirOwnReviews(DatabaseProvider provider)
    {
        var app = TestApp.For(provider);
        var studentUser = await app.CreateUserAsync(Roles.Student);
        var own = await AddStudentWithReviewAsync(app, tutorUserId: null, studentUserId: studentUser.Id);
        var someoneElse = await AddStudentWithReviewAsync(app, tutorUserId: null);

        var feed = await app.CreateBrowserlessClient().GetStringAsync(await FeedPathAsync(app, studentUser));

        var unfolded = feed.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains(own, unfolded, StringComparison.Ordinal);
        Assert.DoesNotContain(someoneElse, unfolded, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task WrongOrResetAddress_IsNotFound(DatabaseProvider provider)
    {
        var app = TestApp.For(provider);
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        var client = await app.SignedInClientAsync(tutor);
        var anonymous = app.CreateBrowserlessClient();
        var old = await FeedPathAsync(app, tutor);
        Assert.Equal(old, await FeedPathAsync(app, tutor));

        var reset = await client.PostFieldsAsync("/Account/Calendar", []);
        var current = await FeedPathAsync(app, tutor);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.NotEqual(old, current);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(old)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(current)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/not-a-token.ics")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task CalendarPage_NeedsSignIn(DatabaseProvider provider)
    {
        var response = await TestApp.For(provider).CreateBrowserlessClient().GetAsync("/Account/Calendar");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/SignIn", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<string> FeedPathAsync(TestApp app, TestUser user)
    {
        var page = await (await app.SignedInClientAsync(user)).GetDocumentAsync("/Account/Calendar");
        return new Uri(page.QuerySelector("#feed-address")!.GetAttribute("value")!).PathAndQuery;
    }

    /// <summary>Adds a student with a placement and a review due 20 October 2026; returns their family name.</summary>
    private static async Task<string> AddStudentWithReviewAsync(
        TestApp app,
        string? tutorUserId,
        string? studentUserId = null)
    {
        var familyName = TestData.UniqueFamilyName();
        var student = await app.CreateStudentAsync(
            userId: studentUserId, tutorUserId: tutorUserId, familyName: familyName);
        var placement = await app.CreatePlacementAsync(student, supervisorUserId: null);
        await app.SaveAsync(new Review
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            Kind = ReviewKind.Middle,
            DueOn = new DateOnly(2026, 10, 20),
        });
        return familyName;
    }
}

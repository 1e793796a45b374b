using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Students;

public class StudentSendTests
{
    private const string Needs = "Dyslexia; anxiety in crowded places";

    public static TheoryData<DatabaseProvider, string> DatabasesAndSendRoles() =>
        StudentPageAccessTests.For(Roles.PastoralSupport, Roles.PlacementCoordinator);

    [Theory]
    [MemberData(nameof(DatabasesAndSendRoles))]
    public async Task SendStaff_RecordNeedsAndAdjustments_AuditedWithoutTheirContent(
        DatabaseProvider database,
        string role)
    {
        var app = TestApp.For(database);
        var student = await app.CreateStudentAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));
        var send = $"/Students/{student.Id}/Send";

        var saved = await client.PostFieldsAsync(send, [new("SendNeeds", Needs)], "#needs-form");
        var added = await client.PostFieldsAsync(send, [new("Description", "Quiet room for breaks")], "#add-form");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = (await client.GetDocumentAsync($"/Students/{student.Id}")).QuerySelector("main")!.TextContent;
        Assert.Contains(Needs, page, StringComparison.Ordinal);
        Assert.Contains("Quiet room for breaks (not shared)", page, StringComparison.Ordinal);
        var events = await AuditOfAsync(app, student.Id);
        Assert.Equal(2, events.Count(e => e.Action == AuditActions.StudentSendChanged));
        Assert.All(events, e => Assert.Null(e.Before));
        Assert.All(events, e => Assert.Null(e.After));
        Assert.All(events, e => Assert.DoesNotContain("Dyslexia", e.Summary, StringComparison.Ordinal));
        Assert.All(events, e => Assert.DoesNotContain("Quiet room", e.Summary, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task SharingAnAdjustment_WithoutRecordedConsent_IsRefused(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var student = await app.CreateStudentAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PastoralSupport));

        var response = await client.PostFieldsAsync($"/Students/{student.Id}/Send",
            [new("Description", "Extra time for written tasks"), new("Share", "true")], "#add-form");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            "Record the student's consent to share adjustments with the employer before sharing one",
            (await response.ToDocumentAsync()).ErrorSummary());
        Assert.Empty(await AdjustmentsOfAsync(app, student.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Supervisor_SeesOnlyAdjustmentsSharedWithConsent(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var student = await app.CreateStudentAsync();
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        await app.CreatePlacementAsync(student, supervisor.Id);
        var pastoral = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PastoralSupport));
        var send = $"/Students/{student.Id}/Send";
        await pastoral.PostFieldsAsync(send, [new("SendNeeds", Needs)], "#needs-form");
        await pastoral.PostFieldsAsync(send, [new("ConsentGiven", "true")], "#consent-form");
        await pastoral.PostFieldsAsync(send, [new("Description", "Written instructions"), new("Share", "true")],
            "#add-form");
        await pastoral.PostFieldsAsync(send, [new("Description", "Private medical appointments")], "#add-form");
        var client = await app.SignedInClientAsync(supervisor);

        var page = (await client.GetDocumentAsync($"/Students/{student.Id}")).QuerySelector("main")!.TextContent;

        Assert.Contains("Written instructions", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Private medical appointments", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Dyslexia", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Consent", page, StringComparison.Ordinal);
        Assert.DoesNotContain(student.StudentNumber, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(send)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task ConsentWithdrawn_StopsSharingEveryAdjustment(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var student = await app.CreateStudentAsync();
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        await app.CreatePlacementAsync(student, supervisor.Id);
        var pastoral = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PastoralSupport));
        var send = $"/Students/{student.Id}/Send";
        await pastoral.PostFieldsAsync(send, [new("ConsentGiven", "true")], "#consent-form");
        await pastoral.PostFieldsAsync(send, [new("Description", "Written instructions"), new("Share", "true")],
            "#add-form");

        var withdrawn = await pastoral.PostFieldsAsync(send, [new("ConsentGiven", "false")], "#consent-form");

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.All(await AdjustmentsOfAsync(app, student.Id), a => Assert.False(a.ShareWithEmployer));
        var client = await app.SignedInClientAsync(supervisor);
        var page = (await client.GetDocumentAsync($"/Students/{student.Id}")).QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Written instructions", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task SendEdit_FromAnOutOfDateCopy_IsRefused(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var student = await app.CreateStudentAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PastoralSupport));
        var send = $"/Students/{student.Id}/Send";
        await client.PostFieldsAsync(send, [new("SendNeeds", Needs)], "#needs-form");

        var refused = await client.PostFieldsAsync(send, [new("SendNeeds", "Overwritten"), new("Version", "0")],
            "#needs-form");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Someone else changed", (await refused.ToDocumentAsync()).ErrorSummary()[0],
            StringComparison.Ordinal);
        var stored = await StudentFormTests.FindByUlnAsync(app, student.Uln);
        Assert.Equal(Needs, stored.SendNeeds);
    }

    private static Task<List<AuditEvent>> AuditOfAsync(TestApp app, Guid studentId) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .AuditEvents.AsNoTracking().Where(a => a.EntityId == studentId.ToString()).ToListAsync());

    private static Task<List<ReasonableAdjustment>> AdjustmentsOfAsync(TestApp app, Guid studentId) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .Set<ReasonableAdjustment>().AsNoTracking().Where(a => a.StudentId == studentId).ToListAsync());
}

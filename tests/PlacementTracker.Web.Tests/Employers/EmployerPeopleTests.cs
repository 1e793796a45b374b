using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Employers;

/// <summary>Contacts, accountabilities and supervisors can be changed and removed, not only added.</summary>
public class EmployerPeopleTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Contact_IsChangedThenRemoved_AndBothAreAudited(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var employer = await app.CreateEmployerAsync();
        var client = await CoordinatorAsync(app);
        await client.SubmitFormAsync($"/Employers/{employer.Id}/Contact", new()
        {
            ["Input.Name"] = "Siân Evans",
            ["Input.Email"] = "sian@example.com",
        });
        var contact = await Db(app, db => db.EmployerContacts.SingleAsync(c => c.EmployerId == employer.Id));
        var detail = await client.GetDocumentAsync($"/Employers/{employer.Id}");
        var change = detail.QuerySelector($"a[href='/Employers/{employer.Id}/Contact/{contact.Id}']");

        var changed = await client.SubmitFormAsync(change!.GetAttribute("href")!, new()
        {
            ["Input.JobTitle"] = "Office manager",
        });
        var afterChange = await Db(app, db => db.EmployerContacts.SingleAsync(c => c.Id == contact.Id));
        var removed = await client.SubmitFormAsync(
            $"/Employers/{employer.Id}/Contact/{contact.Id}", [], "form[action$='handler=Remove']");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(("Siân Evans", "Office manager", "sian@example.com"),
            (afterChange.Name, afterChange.JobTitle, afterChange.Email));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await Db(app, db => db.EmployerContacts.AnyAsync(c => c.Id == contact.Id)));
        var actions = await Db(app, db => db.AuditEvents.Where(a => a.EntityId == contact.Id.ToString())
            .Select(a => a.Action).ToListAsync());
        Assert.Equivalent(
            new[]
            {
                AuditActions.EmployerContactAdded, AuditActions.EmployerContactChanged,
                AuditActions.EmployerContactRemoved,
            },
            actions,
            strict: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Accountability_IsChangedThenRemoved(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var employer = await app.CreateEmployerAsync();
        var accountability = new Accountability
        {
            Id = Guid.NewGuid(),
            EmployerId = employer.Id,
            Kind = AccountabilityKind.HealthAndSafety,
            PersonName = "Zoë Clarke",
        };
        await app.SaveAsync(accountability);
        var client = await CoordinatorAsync(app);
        var path = $"/Employers/{employer.Id}/Accountability/{accountability.Id}";

        var form = await client.GetDocumentAsync(path);
        await client.SubmitFormAsync(path, new() { ["Input.Kind"] = nameof(AccountabilityKind.SafeguardingContact) });
        var changed = await Db(app, db => db.Accountabilities.SingleAsync(a => a.Id == accountability.Id));
        await client.SubmitFormAsync(path, [], "form[action$='handler=Remove']");

        Assert.Equal("Zoë Clarke", form.QuerySelector("input[name='Input.PersonName']")!.GetAttribute("value"));
        Assert.Equal((AccountabilityKind.SafeguardingContact, "Zoë Clarke"), (changed.Kind, changed.PersonName));
        Assert.False(await Db(app, db => db.Accountabilities.AnyAsync(a => a.Id == accountability.Id)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task AnotherEmployersContactOrAccountability_IsNotFound_AndUntouched(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var mine = await app.CreateEmployerAsync();
        var other = await app.CreateEmployerAsync();
        var contact = new EmployerContact { Id = Guid.NewGuid(), EmployerId = other.Id, Name = "Not yours" };
        var accountability = new Accountability
        {
            Id = Guid.NewGuid(),
            EmployerId = other.Id,
            Kind = AccountabilityKind.Supervision,
            PersonName = "Not yours",
        };
        await app.SaveAsync(contact, accountability);
        var client = await CoordinatorAsync(app);

        var contactPath = $"/Employers/{mine.Id}/Contact/{contact.Id}";
        var accountabilityPath = $"/Employers/{mine.Id}/Accountability/{accountability.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(contactPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(accountabilityPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.PostDirectAsync(contactPath + "?handler=Remove")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.PostDirectAsync(accountabilityPath + "?handler=Remove")).StatusCode);
        Assert.True(await Db(app, db => db.EmployerContacts.AnyAsync(c => c.Id == contact.Id)));
        Assert.True(await Db(app, db => db.Accountabilities.AnyAsync(a => a.Id == accountability.Id)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Supervisor_WithACurrentPlacement_IsNotRemoved_UntilThePlacementEnds(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var student = await app.CreateStudentAsync();
        var placement = await app.CreatePlacementAsync(student, supervisor.Id);
        await app.SaveAsync(new EmployerSupervisor { EmployerId = placement.EmployerId, UserId = supervisor.Id });
        var client = await CoordinatorAsync(app);
        var path = $"/Employers/{placement.EmployerId}/Supervisor/{supervisor.Id}/Remove";

        var refused = await client.SubmitFormAsync(path, []);
        var stillLinked = await Db(app, db => db.EmployerSupervisors.AnyAsync(s => s.UserId == supervisor.Id));
        await Db(app, async db =>
        {
            var stored = await db.Placements.SingleAsync(p => p.Id == placement.Id);
            stored.Status = PlacementStatus.Completed;
            return await db.SaveChangesAsync();
        });
        var removed = await client.SubmitFormAsync(path, []);
        var supervisorClient = await app.SignedInClientAsync(supervisor);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(
            ["This supervisor has 1 current placement at this employer. " +
             "Give them another supervisor before removing this one"],
            (await refused.ToDocumentAsync()).ErrorSummary());
        Assert.True(stillLinked);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await Db(app, db => db.EmployerSupervisors.AnyAsync(s => s.UserId == supervisor.Id)));
        Assert.Equal(HttpStatusCode.NotFound,
            (await supervisorClient.GetAsync($"/Employers/{placement.EmployerId}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task NonEditors_CannotChangeOrRemovePeople(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var tutor = await app.CreateUserAsync(Roles.Tutor);
        var supervisor = await app.CreateUserAsync(Roles.EmployerSupervisor);
        var employer = await app.CreateEmployerAsync(supervisorUserId: supervisor.Id);
        var contact = new EmployerContact { Id = Guid.NewGuid(), EmployerId = employer.Id, Name = "Kept" };
        await app.SaveAsync(contact);

        foreach (var user in new[] { tutor, supervisor })
        {
            var client = await app.SignedInClientAsync(user);
            foreach (var path in new[]
            {
                $"/Employers/{employer.Id}/Contact/{contact.Id}",
                $"/Employers/{employer.Id}/Supervisor/{supervisor.Id}/Remove",
            })
            {
                await EmployerAccessTests.AssertForbiddenAsync(client, await client.GetAsync(path));
                await EmployerAccessTests.AssertForbiddenAsync(client, await client.PostDirectAsync(path));
            }

            await EmployerAccessTests.AssertForbiddenAsync(client,
                await client.PostDirectAsync($"/Employers/{employer.Id}/Contact/{contact.Id}?handler=Remove"));
        }

        Assert.True(await Db(app, db => db.EmployerContacts.AnyAsync(c => c.Id == contact.Id)));
        Assert.True(await Db(app, db => db.EmployerSupervisors.AnyAsync(s => s.UserId == supervisor.Id)));
    }

    private static async Task<HttpClient> CoordinatorAsync(TestApp app) =>
        await app.SignedInClientAsync(await app.CreateUserAsync(Roles.PlacementCoordinator));

    private static Task<T> Db<T>(TestApp app, Func<PlacementDbContext, Task<T>> query) =>
        app.WithServicesAsync(services => query(services.GetRequiredService<PlacementDbContext>()));
}

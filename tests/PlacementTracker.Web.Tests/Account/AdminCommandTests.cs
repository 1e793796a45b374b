using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Web.Infrastructure;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Account;

public class AdminCommandTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task CreateAdmin_MakesAnAdministratorWhoCanSignInAndManageUsers(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var email = $"first-admin-{Guid.NewGuid():N}@college.test";

        var errors = await app.WithServicesAsync(
            s => AdminCommand.CreateAsync(s, email, "First Admin", "a long passphrase"));

        Assert.Empty(errors);
        var client = await app.SignedInClientAsync(new TestUser("", email, "a long passphrase"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Users")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task CreateAdmin_WithAShortPassword_SaysWhyAndCreatesNobody(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var email = $"first-admin-{Guid.NewGuid():N}@college.test";

        var errors = await app.WithServicesAsync(s => AdminCommand.CreateAsync(s, email, "First Admin", "short"));

        Assert.Equal(["Passwords must be at least 10 characters."], errors);
        var user = await app.WithServicesAsync(
            s => s.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email));
        Assert.Null(user);
    }
}

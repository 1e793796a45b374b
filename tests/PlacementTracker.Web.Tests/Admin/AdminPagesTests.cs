using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Settings;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Admin;

public class AdminPagesTests
{
    public static readonly string[] AdminPages =
        ["/Admin/Users", "/Admin/Users/Invite", "/Admin/Settings", "/Admin/ReferenceData", "/Admin/Audit",
            "/Admin/Reminders"];

    public static TheoryData<DatabaseProvider, string> DatabasesAndOtherRoles()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var database in TestDatabases.Providers)
        {
            foreach (var role in Roles.All.Where(r => r != Roles.Administrator))
            {
                data.Add(database, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Administrator_CanOpenEveryAdminPage(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));

        foreach (var path in AdminPages)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(DatabasesAndOtherRoles))]
    public async Task OtherRoles_AreToldTheyHaveNoAccess(DatabaseProvider database, string role)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));

        foreach (var path in AdminPages)
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var denied = await client.GetAsync(response.Headers.Location);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
            Assert.Contains(
                "You do not have access",
                await denied.Content.ReadAsStringAsync(),
                StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task ReferenceData_ShowsEverySpecialismWithItsHours(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));

        var page = await client.GetDocumentAsync("/Admin/ReferenceData");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Early Years Educator", StringComparison.Ordinal)
            && r.Contains("750", StringComparison.Ordinal));
        Assert.Equal(93 + 9, rows.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Settings_InvalidUkprn_IsRefusedAndNothingChanges(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var before = await SettingsAsync(app);

        var response = await client.SubmitFormAsync("/Admin/Settings", new()
        {
            ["Input.ProviderName"] = "Changed College",
            ["Input.Ukprn"] = "0123456",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter a UKPRN of 8 digits, from 10000000 to 99999999"],
            (await response.ToDocumentAsync()).ErrorSummary());
        Assert.Equal(before.ProviderName, (await SettingsAsync(app)).ProviderName);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Settings_ValidChange_IsSavedShownInTheHeaderAndAudited(DatabaseProvider database)
    {
        // Saved settings apply to every placement, so this runs on a database of its own rather than the shared one.
        await using var app = TestApp.StartNew(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var name = $"Riverside College {Guid.NewGuid():N}"[..30];

        var response = await client.SubmitFormAsync("/Admin/Settings", new()
        {
            ["Input.ProviderName"] = name,
            ["Input.Ukprn"] = "10012345",
            ["Input.TasterCapHours"] = "30",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await SettingsAsync(app);
        Assert.Equal((name, "10012345", 30), (saved.ProviderName, saved.Ukprn, saved.TasterCapHours));
        var home = await client.GetDocumentAsync("/");
        Assert.Equal(name, home.QuerySelector(".govuk-service-navigation__service-name")!.TextContent.Trim());
        var audit = await app.WithServicesAsync(s => s.GetRequiredService<PlacementDbContext>().AuditEvents
            .Where(e => e.Action == AuditActions.SettingsChanged)
            .OrderBy(e => e.Id)
            .LastAsync());
        Assert.Contains(name, audit.After, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Settings_SavedByTwoPeopleAtOnce_TheSecondIsToldAndDoesNotOverwrite(DatabaseProvider database)
    {
        // Saved settings apply to every placement, so this runs on a database of its own rather than the shared one.
        await using var app = TestApp.StartNew(database);
        var first = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var second = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var secondForm = await second.GetDocumentAsync("/Admin/Settings");
        var staleVersion = secondForm.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        await first.SubmitFormAsync("/Admin/Settings", new() { ["Input.TasterCapHours"] = "20" });

        var response = await second.SubmitFormAsync("/Admin/Settings", new()
        {
            ["Input.TasterCapHours"] = "25",
            ["Input.Version"] = staleVersion,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Someone else changed the settings", (await response.ToDocumentAsync()).ErrorSummary().Single(),
            StringComparison.Ordinal);
        Assert.Equal(20, (await SettingsAsync(app)).TasterCapHours);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task RoleChange_IsSavedAndAudited(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var user = await app.CreateUserAsync(Roles.Tutor);

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{user.Id}",
            ("DisplayName", "Renamed Tutor"), ("Roles", Roles.Tutor), ("Roles", Roles.SubjectLead),
            ("LedPathways", "60358300"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await admin.GetDocumentAsync($"/Admin/Users/Edit/{user.Id}");
        Assert.NotNull(page.QuerySelector($"input[name=Roles][value={Roles.SubjectLead}][checked]"));
        Assert.NotNull(page.QuerySelector("input[name=LedPathways][value='60358300'][checked]"));
        var audit = await app.WithServicesAsync(s => s.GetRequiredService<PlacementDbContext>().AuditEvents
            .SingleAsync(e => e.EntityId == user.Id && e.Action == AuditActions.RolesChanged));
        Assert.Equal(("Tutor", "SubjectLead,Tutor"), (audit.Before, audit.After));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task LockedUser_CannotSignInUntilUnlocked(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var user = await app.CreateUserAsync(Roles.Student);

        await admin.SubmitFormAsync($"/Admin/Users/Edit/{user.Id}", [], "form[action*=Lock]");
        var refused = await app.CreateBrowserlessClient().SubmitFormAsync("/Account/SignIn", new()
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });
        await admin.SubmitFormAsync($"/Admin/Users/Edit/{user.Id}", [], "form[action*=Unlock]");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        await app.SignedInClientAsync(user);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task AuditLog_ListsSignInsNewestFirst(DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var adminUser = await app.CreateUserAsync(Roles.Administrator);
        var admin = await app.SignedInClientAsync(adminUser);

        var page = await admin.GetDocumentAsync($"/Admin/Audit?Action={AuditActions.SignedIn}");

        var first = page.QuerySelector("tbody tr")!.TextContent;
        Assert.Contains(adminUser.Email, first, StringComparison.Ordinal);
        Assert.Contains("Signed in", first, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Settings_DecimalCommaOrEmptyFields_AreRefusedFieldByFieldAndNothingChanges(
        DatabaseProvider database)
    {
        var app = TestApp.For(database);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var before = await SettingsAsync(app);

        var response = await client.SubmitFormAsync("/Admin/Settings", new()
        {
            ["Input.ProviderName"] = "",
            ["Input.Ukprn"] = "abc",
            ["Input.AcademicYearStart"] = "",
            ["Input.DefaultRequiredHours"] = "",
            ["Input.TeamProjectCapPercent"] = "1,5",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string[] expected =
        [
            "Enter the provider name",
            "Enter a UKPRN of 8 digits, from 10000000 to 99999999",
            "Enter the date the academic year starts",
            "Enter the default required hours",
            "Enter the team project share as a number, like 33.3333",
        ];
        Assert.Equal(expected.Order(), (await response.ToDocumentAsync()).ErrorSummary().Order());
        var after = await SettingsAsync(app);
        Assert.Equal((before.ProviderName, before.TeamProjectCapPercent, before.Version),
            (after.ProviderName, after.TeamProjectCapPercent, after.Version));
    }

    private static Task<ProviderSettings> SettingsAsync(TestApp app) =>
        app.WithServicesAsync(s => s.GetRequiredService<ProviderSettingsStore>().GetAsync());
}

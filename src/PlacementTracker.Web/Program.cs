using PlacementTracker.Web.Infrastructure;
using PlacementTracker.Web.Reminders;

var builder = WebApplication.CreateBuilder(args);

builder.AddDatabase();
builder.AddSignInAndAccounts();
builder.AddEmail();
builder.AddReminders();
builder.AddPages();
builder.AddSecurity();

var app = builder.Build();

if (AdminCommand.IsRequested(args))
{
    return await AdminCommand.RunAsync(app, args);
}

await app.PrepareDatabaseAsync();
app.UsePlacementTracker();
app.MapCalendarFeed();
await app.RunAsync();
return 0;

/// <summary>Visible to the test hosts.</summary>
public partial class Program;

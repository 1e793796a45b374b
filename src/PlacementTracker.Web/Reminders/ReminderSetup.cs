using Microsoft.Extensions.DependencyInjection.Extensions;
using PlacementTracker.Core.Calendar;
using PlacementTracker.Core.Reminders;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Reminders;

public static class ReminderSetup
{
    public static void AddReminders(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Reminders").Get<ReminderOptions>() ?? new ReminderOptions();
        _ = options.DailyAtTime;
        builder.Services.RemoveAll<ReminderOptions>();
        builder.Services.AddSingleton(options);
        builder.Services.AddScoped<IReminderMessages, ReminderEmails>();
        builder.Services.AddHostedService<DailyReminders>();
    }

    /// <summary>
    /// The calendar feed: answered without a sign-in, because calendar apps cannot sign in; the secret token in the
    /// address stands for it. An unknown or reset token gets Page not found.
    /// </summary>
    public static void MapCalendarFeed(this WebApplication app) =>
        app.MapGet("/calendar/{token}.ics", async (string token, CalendarFeed feed, SiteLinks links,
            HttpContext context, CancellationToken cancellationToken) =>
        {
            if (await feed.FeedAsync(token, links.BaseUrl, cancellationToken) is not { } calendar)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "private, no-store";
            return Results.Text(calendar, "text/calendar; charset=utf-8");
        }).AllowAnonymous();
}

using System.Text;
using PlacementTracker.Core.Timesheets;
using PlacementTracker.Web.Email;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Timesheets;

/// <summary>
/// Emails a submitted week to its supervisor, with a link to approve or return it without signing in.
/// </summary>
public sealed class TimesheetEmails(Mailer mailer, SiteLinks links, ILogger<TimesheetEmails> logger)
    : ITimesheetMessages
{
    public async Task WeekSubmittedAsync(
        SubmittedWeek week,
        string token,
        CancellationToken cancellationToken = default)
    {
        var lines = new StringBuilder();
        foreach (var entry in week.Entries)
        {
            lines.AppendLine(HoursText.Line(entry));
        }

        var body = $"""
            Hello {week.SupervisorName},

            {week.StudentName} has submitted their hours for the week beginning {TimeRules.Words(week.WeekStart)}:

            {lines}
            Total: {TimeRules.Hours(week.Entries.Sum(e => e.Minutes))}

            Approve the week, or return it with a comment, here (the link works once and expires in 14 days):
            {links.To($"Timesheets/Approve/{token}")}
            """;
        await mailer.SendAsync(
            new OutgoingEmail(week.SupervisorEmail, week.SupervisorName, "Approve a week of placement hours", body),
            cancellationToken);
        logger.LogInformation("Sent a week of hours beginning {WeekStart} for approval", week.WeekStart);
    }
}

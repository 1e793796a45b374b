using PlacementTracker.Core.Reminders;
using PlacementTracker.Web.Email;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Reminders;

/// <summary>Sends a reminder as an email with a link to the record it is about.</summary>
public sealed class ReminderEmails(Mailer mailer, SiteLinks links) : IReminderMessages
{
    public Task SendAsync(ReminderMessage message, CancellationToken cancellationToken = default)
    {
        var body = $"""
            Hello {message.ToName},

            {message.Body}

            {links.To(message.LinkPath)}

            This reminder is sent once. The reminders sent to you are listed at {links.To("Reminders")}.
            """;
        return mailer.SendAsync(
            new OutgoingEmail(message.ToEmail, message.ToName, message.Subject, body), cancellationToken);
    }
}

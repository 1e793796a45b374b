using System.Text.RegularExpressions;
using MimeKit;

namespace PlacementTracker.Web.Tests.Support;

/// <summary>Reads the .eml files the app wrote, as a person would read their inbox.</summary>
public static partial class Mailbox
{
    public static MimeMessage LatestTo(this TestApp app, string email)
    {
        var messages = Directory.Exists(app.MailDirectory)
            ? Directory.GetFiles(app.MailDirectory, "*.eml").Select(path => MimeMessage.Load(path))
            : [];
        return messages
            .Where(m => m.To.Mailboxes.Any(a => a.Address == email))
            .OrderBy(m => m.Date)
            .LastOrDefault()
            ?? throw new InvalidOperationException($"No email was written to {email}");
    }

    /// <summary>The path and query of the first link in the message that points into the app.</summary>
    public static string LinkIn(MimeMessage message)
    {
        var match = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(match.Success, "The email holds no link");
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}

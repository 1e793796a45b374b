using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace PlacementTracker.Web.Email;

public sealed record OutgoingEmail(string ToAddress, string ToName, string Subject, string Body);

/// <summary>Sends email over SMTP when a host is configured, otherwise writes each message as an .eml file.</summary>
public sealed class Mailer(
    IOptions<EmailOptions> options,
    MailPickupFolder pickup,
    TimeProvider clock,
    ILogger<Mailer> logger)
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(new MailboxAddress(email.ToName, email.ToAddress));
        message.Subject = email.Subject;
        message.Body = new TextPart("plain") { Text = email.Body };

        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            await WriteToPickupAsync(message, cancellationToken);
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, SecureSocketOptions.StartTlsWhenAvailable,
            cancellationToken);
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Email {MessageId} sent over SMTP", message.MessageId);
    }

    private async Task WriteToPickupAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var path = Path.Combine(pickup.Path, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, cancellationToken);
        logger.LogInformation("Email {MessageId} written to the pickup folder", message.MessageId);
    }
}

/// <summary>The folder that .eml files are written to.</summary>
public sealed record MailPickupFolder(string Path);

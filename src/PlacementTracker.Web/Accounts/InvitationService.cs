using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Web.Email;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Accounts;

public sealed record Invitation(string Email, string DisplayName, IReadOnlyCollection<string> Roles);

/// <summary>Creates accounts without a password and emails a link that lets the invitee choose one.</summary>
public sealed class InvitationService(
    UserManager<AppUser> users,
    Mailer mailer,
    SiteLinks links,
    AuditLog audit,
    TimeProvider clock,
    ILogger<InvitationService> logger)
{
    public async Task<IdentityResult> InviteAsync(Invitation invitation, Actor actor)
    {
        var user = new AppUser
        {
            UserName = invitation.Email.Trim(),
            Email = invitation.Email.Trim(),
            DisplayName = invitation.DisplayName.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };

        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return created;
        }

        var roles = invitation.Roles.Where(Roles.All.Contains).Distinct().ToList();
        await users.AddToRolesAsync(user, roles);
        await audit.RecordNowAsync(
            actor,
            AuditActions.UserInvited,
            $"Invited {user.Email} as {string.Join(", ", roles)}",
            new AuditSubject("User", user.Id, After: string.Join(",", roles)));
        await SendInvitationAsync(user);
        logger.LogInformation("User {UserId} invited by {ActorId}", user.Id, actor.UserId);
        return IdentityResult.Success;
    }

    public async Task SendInvitationAsync(AppUser user)
    {
        var token = await users.GenerateUserTokenAsync(
            user,
            InvitationTokenProvider.ProviderName,
            InvitationTokenProvider.Purpose);
        var link = links.To($"Account/AcceptInvitation?userId={user.Id}&code={Encode(token)}");
        var body = $"""
            Hello {user.DisplayName},

            You have been invited to use the placement tracker for T Level industry placements.

            Choose your password here (the link works for 7 days):
            {link}

            If you did not expect this email, you can ignore it.
            """;
        await mailer.SendAsync(new OutgoingEmail(user.Email!, user.DisplayName, "Set up your placement tracker account",
            body));
    }

    public async Task<IdentityResult> AcceptAsync(string userId, string code, string password)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.ActivatedAtUtc is not null)
        {
            return InvalidLink();
        }

        var token = Decode(code);
        if (token is null
            || !await users.VerifyUserTokenAsync(
                user,
                InvitationTokenProvider.ProviderName,
                InvitationTokenProvider.Purpose,
                token))
        {
            return InvalidLink();
        }

        var result = await users.AddPasswordAsync(user, password);
        if (!result.Succeeded)
        {
            return result;
        }

        user.ActivatedAtUtc = clock.GetUtcNow().UtcDateTime;
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await audit.RecordNowAsync(new Actor(user.Id, user.Email!), AuditActions.InvitationAccepted,
            "Accepted invitation and set a password", new AuditSubject("User", user.Id));
        return IdentityResult.Success;
    }

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static IdentityResult InvalidLink() => IdentityResult.Failed(new IdentityError
    {
        Code = "InvalidInvitation",
        Description = "This invitation link has expired or has already been used. " +
            "Ask an administrator to send a new one",
    });
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Web.Accounts;

/// <summary>What administrators do to other people's accounts; every change is audited.</summary>
public sealed class UserAdministration(
    UserManager<AppUser> users,
    PlacementDbContext db,
    AuditLog audit,
    TimeProvider clock)
{
    public async Task<string?> ChangeRolesAsync(AppUser user, IReadOnlyCollection<string> wanted, Actor actor)
    {
        var current = await users.GetRolesAsync(user);
        var next = wanted.Where(Roles.All.Contains).Distinct().ToList();
        if (next.Count == 0)
        {
            return "Select at least one role";
        }

        if (current.Contains(Roles.Administrator) && !next.Contains(Roles.Administrator)
            && !await AnotherAdministratorCanSignInAsync(user))
        {
            return "You cannot remove the Administrator role: no other administrator could then sign in";
        }

        var removed = current.Except(next).ToList();
        var added = next.Except(current).ToList();
        if (removed.Count == 0 && added.Count == 0)
        {
            return null;
        }

        await users.RemoveFromRolesAsync(user, removed);
        await users.AddToRolesAsync(user, added);

        // A new stamp ends the person's open sessions, so a removed role stops working at once.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordNowAsync(actor, AuditActions.RolesChanged, $"Changed roles of {user.Email}",
            new AuditSubject("User", user.Id, string.Join(",", current.Order()), string.Join(",", next.Order())));
        return null;
    }

    public async Task<string?> ChangeNameAsync(AppUser user, string displayName, Actor actor)
    {
        var before = user.DisplayName;
        if (before == displayName)
        {
            return null;
        }

        user.DisplayName = displayName;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            return result.Errors.First().Description;
        }

        await audit.RecordNowAsync(actor, AuditActions.UserUpdated, $"Renamed {user.Email}",
            new AuditSubject("User", user.Id, before, displayName));
        return null;
    }

    public async Task<string?> LockAsync(AppUser user, Actor actor)
    {
        if (user.Id == actor.UserId)
        {
            return "You cannot lock your own account";
        }

        if (await users.IsInRoleAsync(user, Roles.Administrator) && !await AnotherAdministratorCanSignInAsync(user))
        {
            return "You cannot lock this account: no other administrator could then sign in";
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordNowAsync(actor, AuditActions.UserLocked, $"Locked the account of {user.Email}",
            new AuditSubject("User", user.Id));
        return null;
    }

    /// <summary>Turns off authenticator-app sign-in for someone who has lost their phone.</summary>
    public async Task TurnOffTwoFactorAsync(AppUser user, Actor actor)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordNowAsync(actor, AuditActions.TwoFactorDisabled,
            $"Turned off authenticator app sign-in for {user.Email}", new AuditSubject("User", user.Id));
    }

    /// <summary>An administrator lock has no end date; a lock after failed sign-ins ends by itself.</summary>
    public static bool IsLockedByAdministrator(AppUser user) => user.LockoutEnd == DateTimeOffset.MaxValue;

    private async Task<bool> AnotherAdministratorCanSignInAsync(AppUser user)
    {
        var now = clock.GetUtcNow();
        var administrators = await users.GetUsersInRoleAsync(Roles.Administrator);
        return administrators.Any(a => a.Id != user.Id
            && a.ActivatedAtUtc is not null
            && (a.LockoutEnd is null || a.LockoutEnd <= now));
    }

    public async Task UnlockAsync(AppUser user, Actor actor)
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordNowAsync(actor, AuditActions.UserUnlocked, $"Unlocked the account of {user.Email}",
            new AuditSubject("User", user.Id));
    }

    /// <summary>Sets the pathways a subject lead is responsible for; they see the students on those pathways.</summary>
    public async Task ChangeLedPathwaysAsync(AppUser user, IReadOnlyCollection<string> coreCodes, Actor actor)
    {
        var known = await db.Pathways.Where(p => coreCodes.Contains(p.CoreCode)).Select(p => p.CoreCode).ToListAsync();
        var current = await db.SubjectLeadPathways.Where(l => l.UserId == user.Id).ToListAsync();
        var before = current.Select(l => l.CoreCode).Order().ToList();
        if (before.SequenceEqual(known.Order()))
        {
            return;
        }

        db.SubjectLeadPathways.RemoveRange(current);
        db.SubjectLeadPathways.AddRange(
            known.Select(code => new SubjectLeadPathway { UserId = user.Id, CoreCode = code }));
        audit.Record(actor, AuditActions.UserUpdated, $"Changed the pathways {user.Email} leads",
            new AuditSubject("User", user.Id, string.Join(",", before), string.Join(",", known.Order())));
        await db.SaveChangesAsync();
    }

    public bool IsLocked(AppUser user) => user.LockoutEnd is { } end && end > clock.GetUtcNow();
}

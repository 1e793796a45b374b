using System.Security.Cryptography;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reminders;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Calendar;

/// <summary>
/// Each person's private calendar feed (iCalendar, RFC 5545) of the reviews and deadlines they may see: the reviews and
/// planned end dates of the placements in their access scope and, for supervisors, when submitted weeks are due to be
/// approved. The feed's address holds a secret token instead of a sign-in, so calendar apps can subscribe to it.
/// </summary>
public sealed class CalendarFeed(
    PlacementDbContext db,
    AccessScope scope,
    AuditLog audit,
    ReminderOptions options,
    TimeProvider clock)
{
    /// <summary>The person's token, made the first time they ask for it.</summary>
    public async Task<string> TokenForAsync(string userId, CancellationToken cancellationToken = default)
    {
        var existing = await db.CalendarFeedTokens.SingleOrDefaultAsync(t => t.UserId == userId, cancellationToken);
        if (existing is not null)
        {
            return existing.Token;
        }

        var token = new CalendarFeedToken { UserId = userId, Token = NewToken(), CreatedAtUtc = Now };
        db.CalendarFeedTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return token.Token;
    }

    /// <summary>Replaces the person's token, so the old address stops working.</summary>
    public async Task<string> ResetAsync(Actor actor, string userId, CancellationToken cancellationToken = default)
    {
        await db.CalendarFeedTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var token = new CalendarFeedToken { UserId = userId, Token = NewToken(), CreatedAtUtc = Now };
        db.CalendarFeedTokens.Add(token);
        audit.Record(actor, ReminderAuditActions.CalendarFeedReset, "Reset their calendar feed address");
        await db.SaveChangesAsync(cancellationToken);
        return token.Token;
    }

    /// <summary>The feed for a token as iCalendar text; null when no one holds it or their account is locked.</summary>
    public async Task<string?> FeedAsync(string token, Uri siteAddress, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var owner = await db.CalendarFeedTokens
            .Where(t => t.Token == token)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { u.Id, u.LockoutEnd })
            .SingleOrDefaultAsync(cancellationToken);
        if (owner is null || owner.LockoutEnd > now)
        {
            return null;
        }

        var roles = await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where userRole.UserId == owner.Id
            select role.Name!).ToListAsync(cancellationToken);
        var viewer = new Viewer(owner.Id, roles.ToHashSet(StringComparer.Ordinal));
        var placements = scope.Placements(viewer)
            .Where(p => p.Status != PlacementStatus.Withdrawn && p.Status != PlacementStatus.Completed);

        var calendar = new Ical.Net.Calendar { ProductId = "-//Placement Tracker//Reviews and deadlines//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Placement reviews and deadlines");
        var stamp = new CalDateTime(now.UtcDateTime);

        var reviews = await (
            from review in db.Reviews
            join placement in placements on review.PlacementId equals placement.Id
            where review.DueOn != null || review.HeldOn != null
            select new
            {
                review.Id,
                review.Kind,
                review.DueOn,
                review.HeldOn,
                PlacementId = placement.Id,
                Student = placement.Student!.GivenName + " " + placement.Student.FamilyName,
                Employer = placement.Employer!.Name,
            }).AsNoTracking().ToListAsync(cancellationToken);
        foreach (var r in reviews)
        {
            var held = r.HeldOn is not null ? " (held)" : "";
            calendar.Events.Add(AllDay(
                $"review-{r.Id}",
                (r.HeldOn ?? r.DueOn)!.Value,
                $"{r.Kind} review{held}: {r.Student}, {r.Employer}",
                new Uri(siteAddress, $"Placements/{r.PlacementId}"),
                stamp));
        }

        var ends = await placements
            .Select(p => new
            {
                p.Id,
                p.PlannedEnd,
                Student = p.Student!.GivenName + " " + p.Student.FamilyName,
                Employer = p.Employer!.Name,
            })
            .AsNoTracking().ToListAsync(cancellationToken);
        foreach (var p in ends)
        {
            calendar.Events.Add(AllDay(
                $"placement-end-{p.Id}",
                p.PlannedEnd,
                $"Placement planned to end: {p.Student}, {p.Employer}",
                new Uri(siteAddress, $"Placements/{p.Id}"),
                stamp));
        }

        var weeks = await (
            from timesheet in db.Timesheets
            join placement in placements on timesheet.PlacementId equals placement.Id
            where placement.SupervisorUserId == owner.Id && timesheet.Status == TimesheetStatus.Submitted
            select new
            {
                timesheet.Id,
                timesheet.WeekStart,
                SubmittedAtUtc = timesheet.SubmittedAtUtc!.Value,
                PlacementId = placement.Id,
                Student = placement.Student!.GivenName + " " + placement.Student.FamilyName,
            }).AsNoTracking().ToListAsync(cancellationToken);
        foreach (var w in weeks)
        {
            var submitted = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(w.SubmittedAtUtc, TimeRules.London));
            calendar.Events.Add(AllDay(
                $"timesheet-{w.Id}",
                submitted.AddDays(options.TimesheetApprovalDays),
                $"Approve hours: {w.Student}, week beginning {TimeRules.Words(w.WeekStart)}",
                new Uri(siteAddress, $"Placements/{w.PlacementId}/Hours/{ReminderPeriods.Day(w.WeekStart)}"),
                stamp));
        }

        return new CalendarSerializer().SerializeToString(calendar);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static CalendarEvent AllDay(string uid, DateOnly date, string summary, Uri link, CalDateTime stamp) =>
        new()
        {
            Uid = $"{uid}@placement-tracker",
            DtStamp = stamp,
            DtStart = new CalDateTime(date.Year, date.Month, date.Day),
            DtEnd = new CalDateTime(date.AddDays(1).Year, date.AddDays(1).Month, date.AddDays(1).Day),
            Summary = summary,
            Description = link.AbsoluteUri,
            Url = link,
        };
}

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Core.Reminders;

/// <summary>Who reminders for the provider as a whole go to.</summary>
internal static class ReminderRecipients
{
    public static Task<List<string>> CoordinatorsAsync(PlacementDbContext db, CancellationToken cancellationToken) =>
        (from userRole in db.UserRoles
         join role in db.Roles on userRole.RoleId equals role.Id
         where role.Name == Roles.PlacementCoordinator
         select userRole.UserId).ToListAsync(cancellationToken);
}

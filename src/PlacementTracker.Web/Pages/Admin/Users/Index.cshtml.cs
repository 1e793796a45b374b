using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Web.Pages.Admin.Users;

public class IndexModel(PlacementDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim().ToUpperInvariant();

            // Compared in upper case on both databases; the analyzers cannot see that EF translates ToUpper.
#pragma warning disable CA1304, CA1311, CA1862
            users = users.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }

        Total = await users.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var now = clock.GetUtcNow();
        var page = await users
            .OrderBy(u => u.DisplayName)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.LockoutEnd, u.ActivatedAtUtc })
            .ToListAsync();
        var ids = page.Select(u => u.Id).ToList();
        var roles = await db.UserRoles
            .Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync();

        Rows = page.Select(u => new UserRow(u.Id, u.DisplayName, u.Email ?? "",
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).OrderBy(Roles.IndexOf).ToList(),
                u.LockoutEnd > now, u.ActivatedAtUtc is null))
            .ToList();
    }

    public sealed record UserRow(
        string Id,
        string Name,
        string Email,
        IReadOnlyList<string> Roles,
        bool Locked,
        bool InvitationPending);
}

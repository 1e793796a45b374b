using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.ReferenceData;
using PlacementTracker.Web.Accounts;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Admin.Users;

public class EditModel(
    UserManager<AppUser> users,
    UserAdministration administration,
    InvitationService invitations,
    PlacementDbContext db) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the person's full name")]
    [MaxLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public List<string> LedPathways { get; set; } = [];

    public AppUser Account { get; private set; } = default!;

    public bool Locked { get; private set; }

    public IReadOnlyList<Pathway> AllPathways { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await LoadFormAsync(id);
        return Page();
    }

    private async Task LoadFormAsync(string id)
    {
        DisplayName = Account.DisplayName;
        Roles = [.. await users.GetRolesAsync(Account)];
        LedPathways = await db.SubjectLeadPathways.Where(l => l.UserId == id).Select(l => l.CoreCode).ToListAsync();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var roleError = ModelState.IsValid
            ? await administration.ChangeRolesAsync(Account, Roles, User.ToActor())
            : null;
        if (roleError is not null)
        {
            ModelState.AddModelError(nameof(Roles), roleError);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await administration.ChangeNameAsync(Account, DisplayName.Trim(), User.ToActor());
        await administration.ChangeLedPathwaysAsync(Account, LedPathways, User.ToActor());
        TempData["Success"] = $"Changes to {Account.Email} saved.";
        return RedirectToPage("/Admin/Users/Index");
    }

    public async Task<IActionResult> OnPostLockAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var refusal = await administration.LockAsync(Account, User.ToActor());
        if (refusal is not null)
        {
            // The edit form's fields were not posted with this button, so only the refusal is an error.
            ModelState.Clear();
            ModelState.AddModelError("", refusal);
            await LoadFormAsync(id);
            return Page();
        }

        TempData["Success"] = "Account locked.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostTurnOffTwoFactorAsync(string id) =>
        await ActOnAsync(id, a => administration.TurnOffTwoFactorAsync(a, User.ToActor()),
            "Authenticator app sign-in turned off. They can sign in with their password and set it up again.");

    public async Task<IActionResult> OnPostUnlockAsync(string id) =>
        await ActOnAsync(id, a => administration.UnlockAsync(a, User.ToActor()), "Account unlocked.");

    public async Task<IActionResult> OnPostResendInvitationAsync(string id) =>
        await ActOnAsync(id, a => invitations.SendInvitationAsync(a), "Invitation sent again.");

    private async Task<IActionResult> ActOnAsync(string id, Func<AppUser, Task> action, string message)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await action(Account);
        TempData["Success"] = message;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id)
    {
        var account = await users.FindByIdAsync(id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Locked = administration.IsLocked(account);
        AllPathways = await db.Pathways.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.CoreCode).ToListAsync();
        return true;
    }
}

using Microsoft.AspNetCore.Identity;

namespace PlacementTracker.Core.Accounts;

/// <summary>A person who signs in: provider staff, an employer supervisor or a student.</summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Set when an invitation is accepted or a password is first chosen.</summary>
    public DateTime? ActivatedAtUtc { get; set; }
}

using PlacementTracker.Core.Accounts;

namespace PlacementTracker.Core.Demo;

/// <summary>A sign-in to create, with the one role it holds.</summary>
internal sealed record DemoAccount(AppUser User, string Role);

/// <summary>The demo college's sign-ins, opened in memory before Identity stores them.</summary>
internal sealed class DemoAccounts(DemoDice dice, DateTime nowUtc)
{
    private readonly List<DemoAccount> accounts = [];

    public IReadOnlyList<DemoAccount> All => accounts;

    public bool IsTaken(string email) =>
        accounts.Exists(a => string.Equals(a.User.Email, email, StringComparison.OrdinalIgnoreCase));

    public AppUser Open(string role, string displayName, string email)
    {
        var user = new AppUser
        {
            Id = dice.NewId().ToString(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAtUtc = nowUtc,
            ActivatedAtUtc = nowUtc,
        };
        accounts.Add(new DemoAccount(user, role));
        return user;
    }

    /// <summary>Opens an account for a new adult with a common name, at the given email domain.</summary>
    public AppUser OpenForNewcomer(string role, string emailDomain)
    {
        while (true)
        {
            var given = dice.Pick(DemoNames.AdultGivenNames);
            var family = dice.Pick(DemoNames.FamilyNames);
            var email = $"{DemoNames.Mailbox(given)}.{DemoNames.Mailbox(family)}@{emailDomain}";
            if (!IsTaken(email))
            {
                return Open(role, $"{given} {family}", email);
            }
        }
    }
}

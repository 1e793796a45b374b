using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Employers;

namespace PlacementTracker.Core.Demo;

/// <summary>An employer of the demo college; hosts have a supervisor, prospects do not.</summary>
internal sealed record DemoEmployer(Employer Employer, DemoPathwayFamily Family, AppUser? Supervisor)
{
    public bool HostsPlacements => Supervisor is not null;
}

/// <summary>Recruits the employers, their sites in English towns and one supervisor for each host.</summary>
internal sealed class DemoEmployerRecruiter(DemoDice dice, DemoAccounts accounts, AppUser demoSupervisor)
{
    public List<DemoEmployer> RecruitAll() =>
        [.. DemoPathwayFamilies.All.SelectMany(f => f.Employers.Select(p => Recruit(f, p)))];

    private DemoEmployer Recruit(DemoPathwayFamily family, DemoEmployerProfile profile)
    {
        var employer = new Employer { Id = dice.NewId(), Name = profile.Name, Sector = profile.Sector };
        OpenSites(employer, family);
        if (profile.Prospect)
        {
            return new DemoEmployer(employer, family, null);
        }

        var supervisor = profile.Name == DemoPathwayFamilies.DemoEmployerName
            ? demoSupervisor
            : HireSupervisor(employer);
        employer.Supervisors.Add(new EmployerSupervisor
        {
            EmployerId = employer.Id,
            UserId = supervisor.Id,
            JobTitle = profile.SupervisorTitle,
        });
        return new DemoEmployer(employer, family, supervisor);
    }

    /// <summary>One site, or two in the same town for about a third of employers.</summary>
    private void OpenSites(Employer employer, DemoPathwayFamily family)
    {
        var town = dice.Pick(DemoPlaces.Towns);
        var streets = dice.Shuffle(DemoPlaces.Streets).Take(dice.Chance(0.3f) ? 2 : 1);
        employer.Sites.AddRange(streets.Select(street => OpenSite(employer, family, town, street)));
    }

    private EmployerSite OpenSite(Employer employer, DemoPathwayFamily family, DemoTown town, string street) => new()
    {
        Id = dice.NewId(),
        EmployerId = employer.Id,
        Name = street,
        AddressLine1 = $"{dice.Between(1, 240)} {street}",
        AddressLine2 = family.OnBusinessParks && dice.Chance(0.4f) ? dice.Pick(DemoPlaces.BusinessParks) : null,
        Town = town.Name,
        Postcode = dice.Postcode(town),
    };

    private AppUser HireSupervisor(Employer employer) =>
        accounts.OpenForNewcomer(
            Roles.EmployerSupervisor, $"{DemoNames.Slug(employer.Name)}.{DemoDataSeeder.EmailDomain}");
}

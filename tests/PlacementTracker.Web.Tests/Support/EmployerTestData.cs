using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Web.Tests.Support;

/// <summary>One-line helpers for employers, their checks and opportunities.</summary>
public static class EmployerTestData
{
    public static async Task<Employer> CreateEmployerAsync(
        this TestApp app,
        string? name = null,
        string? supervisorUserId = null)
    {
        var employer = new Employer
        {
            Id = Guid.NewGuid(),
            Reference = TestData.NextReference(),
            Name = name ?? $"Employer {Guid.NewGuid():N}",
            UsualHours = "9am to 5pm",
        };
        employer.Sites.Add(new EmployerSite
        {
            Id = Guid.NewGuid(),
            EmployerId = employer.Id,
            Name = "Head office",
            AddressLine1 = "1 High Street",
            Town = "Leeds",
            Postcode = "LS1 1AA",
        });
        if (supervisorUserId is not null)
        {
            employer.Supervisors.Add(new EmployerSupervisor { EmployerId = employer.Id, UserId = supervisorUserId });
        }

        await app.SaveAsync(employer);
        return employer;
    }

    public static async Task<DueDiligenceCheck> AddCheckAsync(
        this TestApp app,
        Employer employer,
        DueDiligenceKind kind,
        int expiresInDays)
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var check = new DueDiligenceCheck
        {
            Id = Guid.NewGuid(),
            EmployerId = employer.Id,
            Kind = kind,
            CheckedOn = today.AddYears(-1),
            ExpiresOn = today.AddDays(expiresInDays),
        };
        await app.SaveAsync(check);
        return check;
    }

    public static async Task<Opportunity> CreateOpportunityAsync(
        this TestApp app,
        Employer employer,
        string roleTitle = "Junior developer",
        OpportunityStatus status = OpportunityStatus.Open,
        string specialismCode = "ZTLOS005")
    {
        var opportunity = new Opportunity
        {
            Id = Guid.NewGuid(),
            EmployerId = employer.Id,
            RoleTitle = roleTitle,
            DeliveryModel = DeliveryModel.Block,
            Places = 2,
            Status = status,
        };
        opportunity.Specialisms.Add(
            new OpportunitySpecialism { OpportunityId = opportunity.Id, SpecialismCode = specialismCode });
        await app.SaveAsync(opportunity);
        return opportunity;
    }
}

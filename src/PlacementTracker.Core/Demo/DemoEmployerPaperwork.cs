using System.Globalization;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.ReferenceData;

namespace PlacementTracker.Core.Demo;

/// <summary>
/// Gives the demo employers a reference, what a student needs to know before day one, due-diligence
/// checks (some expired, some expiring soon; no evidence files) and opportunities for the hosts.
/// It rolls its own dice so the rest of the demo college stays as it was.
/// </summary>
internal sealed class DemoEmployerPaperwork(DemoDice dice, DemoCalendar calendar, IReadOnlyList<Specialism> specialisms)
{
    private static readonly string[] Hours = ["9am to 5pm, Monday to Friday", "8am to 4pm", "8:30am to 4:30pm"];

    private static readonly string[] DressCodes = ["Smart casual", "Uniform provided", "Safety boots and hi-vis"];

    public List<Opportunity> FileAll(IReadOnlyList<DemoEmployer> employers)
    {
        var opportunities = new List<Opportunity>();
        for (var i = 0; i < employers.Count; i++)
        {
            var demo = employers[i];
            File(demo.Employer, i + 1);
            if (demo.HostsPlacements && dice.Chance(0.5f))
            {
                opportunities.Add(Offer(demo));
            }
        }

        return opportunities;
    }

    private void File(Employer employer, int number)
    {
        employer.Reference = "EMP" + number.ToString("000", CultureInfo.InvariantCulture);
        employer.UsualHours = dice.Pick(Hours);
        employer.DressCode = dice.Pick(DressCodes);
        employer.SiteInduction = "A half-day induction with the supervisor on the first morning";
        employer.BeforeDayOne = "Bring photo ID and arrive 15 minutes early";
        foreach (var kind in Enum.GetValues<DueDiligenceKind>().Where(_ => dice.Chance(0.6f)))
        {
            var expiresOn = calendar.Today.AddDays(dice.Between(-40, 330));
            employer.DueDiligenceChecks.Add(new DueDiligenceCheck
            {
                Id = dice.NewId(),
                EmployerId = employer.Id,
                Kind = kind,
                CheckedOn = expiresOn.AddYears(-1),
                ExpiresOn = expiresOn,
            });
        }
    }

    private Opportunity Offer(DemoEmployer demo)
    {
        var opportunity = new Opportunity
        {
            Id = dice.NewId(),
            EmployerId = demo.Employer.Id,
            EmployerSiteId = demo.Employer.Sites[0].Id,
            RoleTitle = "Industry placement: " + demo.Family.Name,
            ProjectsAndTasks = "Shadowing the team, then a small project of the student's own",
            SkillsNeeded = "Good timekeeping and willingness to learn",
            WorkingDays = WorkingDays.Monday | WorkingDays.Tuesday,
            WorkingHours = demo.Employer.UsualHours,
            DeliveryModel = dice.Pick(Enum.GetValues<DeliveryModel>()),
            RemoteWorkPossible = dice.Chance(0.3f),
            StartFrom = calendar.Today.AddDays(30),
            StartTo = calendar.Today.AddDays(120),
            Places = dice.Between(1, 3),
            Status = dice.Chance(0.8f) ? OpportunityStatus.Open : OpportunityStatus.Filled,
        };
        opportunity.Specialisms.AddRange(specialisms
            .Where(s => demo.Family.CoreCodes.Contains(s.CoreCode))
            .Take(2)
            .Select(s => new OpportunitySpecialism { OpportunityId = opportunity.Id, SpecialismCode = s.Code }));
        return opportunity;
    }
}

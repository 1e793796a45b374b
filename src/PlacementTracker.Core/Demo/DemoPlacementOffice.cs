using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Demo;

/// <summary>Planned dates of a placement.</summary>
internal readonly record struct DemoPeriod(DateOnly Start, DateOnly End);

/// <summary>
/// Arranges each student's placements with the hosts of their pathway family in turn, with dates
/// that fit the placement's status today and the student's course. The demo supervisor hosts the demo student and
/// also the first student of their family whose placement has finished, so they have a completion to sign.
/// </summary>
internal sealed class DemoPlacementOffice(DemoDice dice, DemoCalendar calendar, IReadOnlyList<DemoEmployer> employers)
{
    private static readonly DeliveryModel[] DeliveryModels = Enum.GetValues<DeliveryModel>();

    private readonly Dictionary<DemoPathwayFamily, int> turns = [];

    private bool demoSupervisorHostsFinished;

    public List<Placement> ArrangeAll(IEnumerable<DemoLearner> learners)
    {
        var placements = new List<Placement>();
        foreach (var learner in learners)
        {
            var arranged = Arrange(learner);
            if (arranged.Count == 0)
            {
                continue;
            }

            var industryPlacement = new IndustryPlacement
            {
                Id = dice.NewId(),
                StudentId = learner.Student.Id,
                RequiredHours = learner.Specialism.RequiredHours,
            };
            foreach (var placement in arranged)
            {
                placement.IndustryPlacement = industryPlacement;
                placement.IndustryPlacementId = industryPlacement.Id;
            }

            placements.AddRange(arranged);
        }

        return placements;
    }

    private List<Placement> Arrange(DemoLearner learner)
    {
        if (learner.Journey.Status is not PlacementStatus status)
        {
            return [];
        }

        var host = learner.IsDemoStudent ? DemoSupervisorsEmployer() : NextHost(learner.Journey.Family);
        if (!demoSupervisorHostsFinished && status == PlacementStatus.Completed
            && learner.Journey.Earlier == DemoEarlierPlacement.None
            && learner.Journey.Family == DemoSupervisorsEmployer().Family)
        {
            host = DemoSupervisorsEmployer();
            demoSupervisorHostsFinished = true;
        }

        var hours = learner.Specialism.RequiredHours;
        var firstPart = FirstPartOfSplitHours(hours);
        return learner.Journey.Earlier switch
        {
            DemoEarlierPlacement.Withdrawn =>
                WithEarlierEmployer(learner, Place(learner, host, status, hours), PlacementStatus.Withdrawn, hours),
            DemoEarlierPlacement.HoursSplit =>
                WithEarlierEmployer(
                    learner, Place(learner, host, status, hours - firstPart), PlacementStatus.Completed, firstPart),
            _ => [Place(learner, host, status, hours)],
        };
    }

    private Placement Place(DemoLearner learner, DemoEmployer host, PlacementStatus status, int hours)
    {
        var model = dice.Pick(DeliveryModels);
        var period = Schedule(status, DaysFor(hours, model), learner.Cohort);
        return NewPlacement(learner, host, status, hours, model, period);
    }

    /// <summary>The current placement and, ending before it began, one with the next host in turn.</summary>
    private List<Placement> WithEarlierEmployer(
        DemoLearner learner,
        Placement current,
        PlacementStatus earlierStatus,
        int earlierHours)
    {
        var earlierHost = NextHost(learner.Journey.Family);
        var model = dice.Pick(DeliveryModels);
        var end = current.PlannedStart.AddDays(-dice.Between(7, 21));
        var start = Latest(learner.Cohort.Start, end.AddDays(-DaysFor(earlierHours, model)));
        var period = start < end ? new DemoPeriod(start, end) : new DemoPeriod(end.AddDays(-28), end);
        return [NewPlacement(learner, earlierHost, earlierStatus, earlierHours, model, period), current];
    }

    private Placement NewPlacement(
        DemoLearner learner,
        DemoEmployer host,
        PlacementStatus status,
        int hours,
        DeliveryModel model,
        DemoPeriod period) => new()
        {
            Id = dice.NewId(),
            StudentId = learner.Student.Id,
            EmployerId = host.Employer.Id,
            EmployerSiteId = dice.Pick(host.Employer.Sites).Id,
            SupervisorUserId = host.Supervisor!.Id,
            RoleTitle = DemoPathwayFamilies.RoleTitleFor(learner.Specialism.Name),
            DeliveryModel = model,
            PlannedStart = period.Start,
            PlannedEnd = period.End,
            WorkingDays = model == DeliveryModel.DayRelease
                ? WorkingDays.Tuesday | WorkingDays.Wednesday
                : WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday | WorkingDays.Thursday
                    | WorkingDays.Friday,
            WorkingHours = "09:00 to 16:30",
            PlannedHours = hours,
            Status = status,
        };

    /// <summary>Completed in the past, active or on hold across today, to be agreed or planned ahead.</summary>
    private DemoPeriod Schedule(PlacementStatus status, int days, DemoCohort cohort)
    {
        var today = calendar.Today;
        var period = status switch
        {
            PlacementStatus.Completed => Ending(today.AddDays(-dice.Between(14, 200)), days),
            PlacementStatus.Withdrawn => Starting(today.AddDays(-dice.Between(30, 200)), days),
            PlacementStatus.Active or PlacementStatus.OnHold => Ending(today.AddDays(DaysToGo(days, cohort)), days),
            PlacementStatus.AwaitingAgreement => Starting(Ahead(7, 45, cohort), days),
            _ => Starting(Ahead(30, 150, cohort), days),
        };
        return new DemoPeriod(Latest(period.Start, cohort.Start), Earliest(period.End, cohort.ExpectedEnd));
    }

    /// <summary>A start date ahead, once the course has begun.</summary>
    private DateOnly Ahead(int fewestDays, int mostDays, DemoCohort cohort) =>
        Latest(calendar.Today.AddDays(dice.Between(fewestDays, mostDays)), cohort.Start);

    /// <summary>Days left of a placement under way: at least two weeks, ending before the course does.</summary>
    private int DaysToGo(int days, DemoCohort cohort)
    {
        var most = Math.Min(days - 7, calendar.DaysUntil(cohort.ExpectedEnd) - 1);
        return dice.Between(14, Math.Max(14, most));
    }

    private DemoEmployer NextHost(DemoPathwayFamily family)
    {
        var hosts = employers.Where(e => e.Family == family && e.HostsPlacements).ToList();
        var turn = turns.GetValueOrDefault(family);
        turns[family] = turn + 1;
        return hosts[turn % hosts.Count];
    }

    private DemoEmployer DemoSupervisorsEmployer() =>
        employers.Single(e => e.Employer.Name == DemoPathwayFamilies.DemoEmployerName);

    /// <summary>The hours done with the first of two employers: about two fifths, in fives.</summary>
    private static int FirstPartOfSplitHours(int hours) => hours * 2 / 5 / 5 * 5;

    /// <summary>Calendar days for the hours at a usual weekly pattern for the delivery model.</summary>
    private static int DaysFor(int hours, DeliveryModel model)
    {
        var hoursPerWeek = model switch
        {
            DeliveryModel.Block => 30,
            DeliveryModel.DayRelease => 15,
            _ => 21,
        };
        return (hours + hoursPerWeek - 1) / hoursPerWeek * 7;
    }

    private static DemoPeriod Starting(DateOnly start, int days) => new(start, start.AddDays(days));

    private static DemoPeriod Ending(DateOnly end, int days) => new(end.AddDays(-days), end);

    private static DateOnly Latest(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;
}

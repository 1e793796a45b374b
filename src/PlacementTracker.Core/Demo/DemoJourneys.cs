using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Demo;

/// <summary>An earlier placement with another employer, before the student's current one.</summary>
internal enum DemoEarlierPlacement
{
    None,

    /// <summary>The student left the first employer and was placed again with the full hours.</summary>
    Withdrawn,

    /// <summary>The hours are split across two employers; the first part is done.</summary>
    HoursSplit,
}

/// <summary>Where a student's industry placement has got to: no placement yet when Status is null.</summary>
internal sealed record DemoJourney(
    DemoPathwayFamily Family,
    PlacementStatus? Status,
    DemoEarlierPlacement Earlier = DemoEarlierPlacement.None);

internal static class DemoJourneys
{
    /// <summary>How many students (besides the demo student) reach each stage; null is no placement yet.</summary>
    private static readonly (PlacementStatus? Status, int Students)[] StatusDeck =
    [
        (null, 15),
        (PlacementStatus.Planned, 18),
        (PlacementStatus.AwaitingAgreement, 14),
        (PlacementStatus.Active, 36),
        (PlacementStatus.OnHold, 8),
        (PlacementStatus.Completed, 18),
        (PlacementStatus.Withdrawn, 10),
    ];

    /// <summary>Every sixth active student is with their second employer.</summary>
    private const int SecondEmployerEvery = 6;

    /// <summary>Deals a journey to every student of every pathway family but the demo student.</summary>
    public static List<DemoJourney> Deal(DemoDice dice, DemoPathwayFamily demoStudentFamily)
    {
        var families = DemoPathwayFamilies.All.SelectMany(f =>
            Enumerable.Repeat(f, f == demoStudentFamily ? f.Students - 1 : f.Students));
        var statuses = dice.Shuffle(StatusDeck.SelectMany(d => Enumerable.Repeat(d.Status, d.Students)));
        return WithEarlierEmployers([.. families.Zip(statuses, (f, s) => new DemoJourney(f, s))]);
    }

    private static List<DemoJourney> WithEarlierEmployers(List<DemoJourney> journeys)
    {
        var active = 0;
        for (var i = 0; i < journeys.Count; i++)
        {
            if (journeys[i].Status == PlacementStatus.Active && ++active % SecondEmployerEvery == 0)
            {
                var earlier = active / SecondEmployerEvery % 2 == 0
                    ? DemoEarlierPlacement.Withdrawn
                    : DemoEarlierPlacement.HoursSplit;
                journeys[i] = journeys[i] with { Earlier = earlier };
            }
        }

        return journeys;
    }
}

namespace PlacementTracker.Core.Demo;

/// <summary>An English town and some of its real postcode districts (outward codes).</summary>
internal sealed record DemoTown(string Name, IReadOnlyList<string> OutwardCodes);

internal static class DemoPlaces
{
    public static IReadOnlyList<DemoTown> Towns { get; } =
    [
        new("Leeds", ["LS1", "LS6", "LS11"]),
        new("Manchester", ["M1", "M4", "M14"]),
        new("Birmingham", ["B1", "B5", "B15"]),
        new("Newcastle upon Tyne", ["NE1", "NE6"]),
        new("Sheffield", ["S1", "S2", "S10"]),
        new("Nottingham", ["NG1", "NG7"]),
        new("Bristol", ["BS1", "BS3", "BS8"]),
        new("Liverpool", ["L1", "L3", "L8"]),
        new("London", ["SE1", "E1", "N1"]),
        new("Cambridge", ["CB1", "CB4"]),
        new("Oxford", ["OX1", "OX4"]),
        new("York", ["YO1", "YO10"]),
        new("Leicester", ["LE1", "LE2"]),
        new("Plymouth", ["PL1", "PL4"]),
        new("Norwich", ["NR1", "NR2"]),
    ];

    public static IReadOnlyList<string> Streets { get; } =
    [
        "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Road", "Mill Lane",
        "Market Street", "Queen Street", "King Street", "Albert Road", "Bridge Street", "London Road",
        "York Road", "Manor Road", "Chapel Street", "The Grove", "Springfield Road", "Kingsway",
        "Beech Avenue", "Oak Tree Lane", "Castle Street", "Water Lane", "North Street", "New Road",
        "Green Lane", "Westgate", "Cross Street", "Orchard Way", "Riverside Drive", "Commercial Road",
    ];

    /// <summary>A second address line that some business sites have.</summary>
    public static IReadOnlyList<string> BusinessParks { get; } =
    [
        "Riverside Business Park", "Enterprise Park", "Meadow Court", "Canal Wharf", "Phoenix Trading Estate",
        "Innovation Centre", "Brunel House", "Northgate Industrial Estate",
    ];
}

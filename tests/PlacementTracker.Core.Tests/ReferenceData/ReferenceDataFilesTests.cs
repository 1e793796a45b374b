using PlacementTracker.Core.ReferenceData;

namespace PlacementTracker.Core.Tests.ReferenceData;

public class ReferenceDataFilesTests
{
    [Fact]
    public void Files_HoldEveryRoutePathwaySpecialismAndReason()
    {
        Assert.Equal(10, ReferenceDataFiles.ReadRoutes().Count);
        Assert.Equal(28, ReferenceDataFiles.ReadPathways().Count);
        Assert.Equal(93, ReferenceDataFiles.ReadSpecialisms().Count);
        Assert.Equal(9, ReferenceDataFiles.ReadSpecialConsiderationReasons().Count);
    }

    [Fact]
    public void Specialisms_CarryTheirHoursAndCaps()
    {
        var specialisms = ReferenceDataFiles.ReadSpecialisms().ToDictionary(s => s.Code);

        Assert.Equal((750, 0, false), Facts(specialisms["ZTLOS006"]));
        Assert.Equal((315, 50, true), Facts(specialisms["ZTLOS005"]));
        Assert.Equal((315, 20, true), Facts(specialisms["ZTLOS001"]));
        Assert.All(specialisms.Values, s => Assert.Equal(8, s.CoreCode.Length));
    }

    [Fact]
    public void Pathways_BelongToKnownRoutesAndSpecialismsToKnownPathways()
    {
        var routes = ReferenceDataFiles.ReadRoutes().Select(r => r.Id).ToHashSet();
        var pathways = ReferenceDataFiles.ReadPathways();
        var coreCodes = pathways.Select(p => p.CoreCode).ToHashSet();

        Assert.All(pathways, p => Assert.Contains(p.RouteId, routes));
        Assert.All(ReferenceDataFiles.ReadSpecialisms(), s => Assert.Contains(s.CoreCode, coreCodes));
    }

    [Fact]
    public void Reasons_KeepTheCovidReasonToItsYear()
    {
        var covid = ReferenceDataFiles.ReadSpecialConsiderationReasons().Single(r => r.Code == "C");

        Assert.Equal((new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)), (covid.ValidFrom, covid.ValidTo));
    }

    private static (int, int, bool) Facts(Specialism s) =>
        (s.RequiredHours, s.RemoteCapPercent, s.FlexibleApproachesAllowed);
}

using PlacementTracker.Core.Matching;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Tests.Matching;

public class MatchRankingTests
{
    private static readonly DateOnly Today = new(2026, 10, 5);

    private const WorkingDays MondayToWednesday = WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday;

    [Fact]
    public void AnOpportunityForAnotherSpecialism_IsNotSuggested()
    {
        var suggestions = MatchRanking.OpportunitiesFor(Student(), [Opportunity(specialism: "ZTLOS001")], Today);

        Assert.Empty(suggestions);
    }

    [Fact]
    public void SuitingTheSpecialism_IsTheFirstReason()
    {
        var suggestion = Assert.Single(MatchRanking.OpportunitiesFor(Student(), [Opportunity()], Today));

        Assert.Equal(new MatchReason("Suits the student's occupational specialism", MatchEffect.InFavour),
            suggestion.Reasons[0]);
    }

    [Fact]
    public void Opportunities_AreRankedBestFirst_WithTheScoreOfEach()
    {
        var near = Opportunity("Near", postcode: "LS1 4BB");
        var sameArea = Opportunity("Same area", postcode: "LS6 2AA");
        var far = Opportunity("Far", postcode: "BD1 1AA");

        var suggestions = MatchRanking.OpportunitiesFor(Student(), [far, near, sameArea], Today);

        Assert.Equal(["Near", "Same area", "Far"], suggestions.Select(s => s.Candidate.RoleTitle));
        Assert.True(suggestions[0].Score > suggestions[1].Score && suggestions[1].Score > suggestions[2].Score);
        Assert.Equal(MatchRanking.SameDistrictPoints - MatchRanking.OtherAreaPoints,
            suggestions[0].Score - suggestions[2].Score);
    }

    [Fact]
    public void Students_AreRankedBestFirst_AndOthersSpecialismsLeftOut()
    {
        var available = Student("Available") with { Availability = MondayToWednesday };
        var partly = Student("Partly") with { Availability = WorkingDays.Monday };
        var otherCourse = Student("Other course") with { SpecialismCode = "ZTLOS001" };

        var suggestions = MatchRanking.StudentsFor(Opportunity(), [partly, otherCourse, available], Today);

        Assert.Equal(["Available", "Partly"], suggestions.Select(s => s.Candidate.Name));
    }

    [Fact]
    public void Days_AllAvailable_CountsFullyInFavour()
    {
        var (points, reason) = MatchRanking.Days(MondayToWednesday | WorkingDays.Friday, MondayToWednesday);

        Assert.Equal(MatchRanking.AllDaysPoints, points);
        Assert.Equal(new MatchReason("Available on all the working days (Monday, Tuesday, Wednesday)",
            MatchEffect.InFavour), reason);
    }

    [Fact]
    public void Days_SomeAvailable_CountsPartlyAndNamesTheMissingDays()
    {
        var (points, reason) = MatchRanking.Days(WorkingDays.Monday, MondayToWednesday);

        Assert.Equal(3, points);
        Assert.Equal("Available on 1 of the 3 working days; not on Tuesday, Wednesday", reason.Text);
    }

    [Fact]
    public void Days_NoneAvailable_CountsAgainst()
    {
        var (points, reason) = MatchRanking.Days(WorkingDays.Friday, MondayToWednesday);

        Assert.Equal(MatchRanking.NoDaysPoints, points);
        Assert.Equal(MatchEffect.Against, reason.Effect);
    }

    [Theory]
    [InlineData(WorkingDays.None, WorkingDays.Monday, "The student's availability is not recorded")]
    [InlineData(WorkingDays.Monday, WorkingDays.None, "The opportunity's working days are not recorded")]
    public void Days_NotRecorded_IsNeutralAndSaysSo(WorkingDays available, WorkingDays needed, string text)
    {
        var (points, reason) = MatchRanking.Days(available, needed);

        Assert.Equal((0, new MatchReason(text, MatchEffect.Neutral)), (points, reason));
    }

    [Fact]
    public void Travel_SameDistrict_SaysSoWithTheDistrict()
    {
        var (points, reason) = MatchRanking.Travel(Student(), Opportunity(postcode: "LS1 9ZZ"));

        Assert.Equal((MatchRanking.SameDistrictPoints, "Same postcode district as home (LS1)"), (points, reason.Text));
    }

    [Fact]
    public void Travel_OtherArea_SaysNoDistancesAreHeld_AndNamesTheStudentsLimit()
    {
        var (points, reason) = MatchRanking.Travel(Student() with { TravelMaxMiles = 10 },
            Opportunity(postcode: "BD1 1AA"));

        Assert.Equal(MatchRanking.OtherAreaPoints, points);
        Assert.Equal("Different postcode area from home (LS and BD); distances are not held, so check the " +
            "journey against the student's limit of 10 miles", reason.Text);
    }

    [Fact]
    public void Travel_SameAreaOtherDistrict_CountsPartly()
    {
        var (points, reason) = MatchRanking.Travel(Student(), Opportunity(postcode: "LS16 5AB"));

        Assert.Equal(MatchRanking.SameAreaPoints, points);
        Assert.StartsWith("Same postcode area as home (LS) but a different district (LS1 and LS16)", reason.Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Travel_WithoutPostcodes_IsNeutral()
    {
        Assert.Equal(0, MatchRanking.Travel(Student() with { Postcode = null }, Opportunity()).Points);
        Assert.Equal(0, MatchRanking.Travel(Student(), Opportunity(postcode: null)).Points);
    }

    [Fact]
    public void Adjustments_WhenTheEmployerNotesSupport_GiveAReasonWithoutDetails()
    {
        var student = Student() with { HasAdjustments = true };

        var suggestion = Assert.Single(MatchRanking.OpportunitiesFor(student,
            [Opportunity() with { EmployerNotesSupport = true }], Today));
        var without = Assert.Single(MatchRanking.OpportunitiesFor(student, [Opportunity()], Today));

        Assert.Contains(new MatchReason("Employer has noted how it supports adjustments", MatchEffect.InFavour),
            suggestion.Reasons);
        Assert.Equal(MatchRanking.SupportPoints, suggestion.Score - without.Score);
    }

    [Fact]
    public void Adjustments_WhenTheStudentHasNone_AreNotMentioned()
    {
        var suggestion = Assert.Single(MatchRanking.OpportunitiesFor(Student(),
            [Opportunity() with { EmployerNotesSupport = true }], Today));

        Assert.DoesNotContain(suggestion.Reasons, r => r.Text.Contains("adjustments", StringComparison.Ordinal));
    }

    [Fact]
    public void PriorLearning_SharingWords_CountsInFavourAndNamesThem()
    {
        var opportunity = Opportunity() with { MinimumStartingRequirements = "Some Python and SQL; basic HTML" };

        var (points, reason) = Assert.Single(
            MatchRanking.PriorLearning("GCSE computing, Python club, SQL", opportunity));

        Assert.Equal(2 * MatchRanking.PriorLearningPointsPerWord, points);
        Assert.Equal("Prior learning mentions python, sql from the starting requirements (a simple word match)",
            reason.Text);
    }

    [Fact]
    public void PriorLearning_SharingNoWords_CountsAgainst()
    {
        var opportunity = Opportunity() with { SuggestedPriorLearning = "Spreadsheets" };

        var (points, reason) = Assert.Single(MatchRanking.PriorLearning("First aid", opportunity));

        Assert.Equal((MatchRanking.NoPriorLearningOverlapPoints, MatchEffect.Against), (points, reason.Effect));
    }

    [Fact]
    public void PriorLearning_WithNoRequirements_SaysNothing()
    {
        Assert.Empty(MatchRanking.PriorLearning("Python", Opportunity()));
    }

    [Fact]
    public void StartWindow_AfterTheCourseEnds_CountsStronglyAgainst()
    {
        var opportunity = Opportunity() with { StartFrom = new DateOnly(2027, 9, 1) };

        var (points, reason) = MatchRanking.StartWindow(new DateOnly(2027, 7, 31), opportunity, Today);

        Assert.Equal(MatchRanking.StartsAfterCourseEndsPoints, points);
        Assert.Equal("Starts from 1 September 2027, after the student's course ends (31 July 2027)", reason.Text);
    }

    [Fact]
    public void StartWindow_Passed_CountsAgainst()
    {
        var opportunity = Opportunity() with { StartTo = Today.AddDays(-1) };

        Assert.Equal(MatchRanking.StartWindowPassedPoints,
            MatchRanking.StartWindow(new DateOnly(2027, 7, 31), opportunity, Today).Points);
    }

    [Fact]
    public void StartWindow_InTime_CountsInFavour()
    {
        var opportunity = Opportunity() with { StartFrom = new DateOnly(2026, 11, 2) };

        var (points, reason) = MatchRanking.StartWindow(new DateOnly(2027, 7, 31), opportunity, Today);

        Assert.Equal((MatchRanking.StartsInTimePoints, MatchEffect.InFavour), (points, reason.Effect));
    }

    [Fact]
    public void RemoteWork_IsAReasonInFavour()
    {
        var suggestion = Assert.Single(MatchRanking.OpportunitiesFor(Student(),
            [Opportunity() with { RemoteWorkPossible = true }], Today));

        Assert.Contains(new MatchReason("Some remote work is possible", MatchEffect.InFavour), suggestion.Reasons);
    }

    [Fact]
    public void EqualScores_KeepAStableOrder()
    {
        var later = Opportunity("B") with { StartFrom = new DateOnly(2027, 1, 4) };
        var sooner = Opportunity("A") with { StartFrom = new DateOnly(2026, 11, 2) };

        var suggestions = MatchRanking.OpportunitiesFor(Student(), [later, sooner], Today);

        Assert.Equal(["A", "B"], suggestions.Select(s => s.Candidate.RoleTitle));
    }

    [Theory]
    [InlineData("LS1 1AA", "LS1", "LS")]
    [InlineData("SW1A 1AA", "SW1A", "SW")]
    [InlineData("M1 1AE", "M1", "M")]
    public void Postcodes_SplitIntoDistrictAndArea(string postcode, string district, string area)
    {
        Assert.Equal(district, MatchRanking.District(postcode));
        Assert.Equal(area, MatchRanking.Area(district));
    }

    private static StudentProfile Student(string name = "Ada") => new(
        Guid.NewGuid(),
        name,
        "ZTLOS005",
        MondayToWednesday,
        "LS1 1AA",
        null,
        null,
        false,
        null,
        new DateOnly(2027, 7, 31));

    private static OpportunityProfile Opportunity(
        string role = "Developer",
        string specialism = "ZTLOS005",
        string? postcode = "LS1 2BB") => new(
        Guid.NewGuid(),
        role,
        "Acme",
        [specialism],
        MondayToWednesday,
        postcode,
        false,
        false,
        null,
        null,
        null,
        null,
        1);
}

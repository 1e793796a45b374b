using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Tests.Students;

public class StudentRulesTests
{
    private static readonly DateOnly Today = new(2026, 10, 5);

    private static readonly StudentFacts Sound = new(
        PathwayExists: true,
        SpecialismPathway: "60358324",
        TutorHasTutorRole: true,
        UlnBelongsToAnotherStudent: false);

    [Fact]
    public void Validate_SoundDetails_HasNoErrors() =>
        Assert.Empty(StudentRules.Validate(Details(), Sound, Today));

    [Theory]
    [InlineData("1000000063", "ULN 1000000063 fails its check digit")]
    [InlineData("0000000043", "Enter a ULN of 10 digits that does not start with 0")]
    [InlineData("10000000", "Enter a ULN of 10 digits that does not start with 0")]
    [InlineData("", "Enter the student's ULN")]
    public void Validate_BadUln_SaysWhatIsWrong(string uln, string message)
    {
        var details = Details();
        details.Uln = uln;

        Assert.Equal(message, StudentRules.Validate(details, Sound, Today)[nameof(StudentDetails.Uln)]);
    }

    [Fact]
    public void Validate_UlnOfAnotherStudent_IsRefused()
    {
        var errors = StudentRules.Validate(Details(), Sound with { UlnBelongsToAnotherStudent = true }, Today);

        Assert.Equal("ULN 1000000043 already belongs to another student", errors[nameof(StudentDetails.Uln)]);
    }

    [Fact]
    public void Validate_SpecialismOfAnotherPathway_IsRefused()
    {
        var errors = StudentRules.Validate(Details(), Sound with { SpecialismPathway = "60358294" }, Today);

        Assert.Equal(
            "Select an occupational specialism of the student's pathway",
            errors[nameof(StudentDetails.SpecialismCode)]);
    }

    [Fact]
    public void Validate_TutorWithoutTheTutorRole_IsRefused()
    {
        var errors = StudentRules.Validate(Details(), Sound with { TutorHasTutorRole = false }, Today);

        Assert.Equal("Select a tutor from the list", errors[nameof(StudentDetails.TutorUserId)]);
    }

    [Theory]
    [InlineData(" ls1  4ap ", "LS1 4AP")]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    public void Tidy_NormalisesThePostcode(string typed, string stored)
    {
        var details = Details();
        details.Postcode = typed;

        details.Tidy();

        Assert.Equal(stored, details.Postcode);
        Assert.Empty(StudentRules.Validate(details, Sound, Today));
    }

    [Fact]
    public void Validate_NotAPostcode_IsRefused()
    {
        var details = Details();
        details.Postcode = "LS1 4CI";
        details.Tidy();

        Assert.Equal("Enter a real postcode, like LS1 4AP",
            StudentRules.Validate(details, Sound, Today)[nameof(StudentDetails.Postcode)]);
    }

    [Fact]
    public void Validate_TravelLimitsOutOfRange_AreRefused()
    {
        var details = Details();
        details.TravelMaxMinutes = 0;
        details.TravelMaxMiles = 500;

        var errors = StudentRules.Validate(details, Sound, Today);

        Assert.Contains(nameof(StudentDetails.TravelMaxMinutes), errors.Keys);
        Assert.Contains(nameof(StudentDetails.TravelMaxMiles), errors.Keys);
    }

    [Fact]
    public void SharingProblem_WithoutConsent_RefusesSharing()
    {
        Assert.NotNull(StudentRules.SharingProblem(new Student(), share: true));
        Assert.NotNull(StudentRules.SharingProblem(new Student { SharingConsentGiven = false }, share: true));
    }

    [Fact]
    public void SharingProblem_WithConsentOrNotSharing_AllowsIt()
    {
        Assert.Null(StudentRules.SharingProblem(new Student { SharingConsentGiven = true }, share: true));
        Assert.Null(StudentRules.SharingProblem(new Student(), share: false));
    }

    [Fact]
    public void Tidy_KeepsAccentedNames()
    {
        var details = Details();
        details.GivenName = "  Agnès ";
        details.FamilyName = "Siân-Zoë ";

        details.Tidy();

        Assert.Equal(("Agnès", "Siân-Zoë"), (details.GivenName, details.FamilyName));
    }

    private static StudentDetails Details() => new()
    {
        Uln = "1000000043",
        StudentNumber = "S123456",
        GivenName = "Zoë",
        FamilyName = "Evans",
        DateOfBirth = new DateOnly(2009, 4, 1),
        CoreCode = "60358324",
        SpecialismCode = "ZTLOS005",
        Cohort = "2025 to 2027",
        ExpectedEndDate = new DateOnly(2027, 7, 31),
        TutorUserId = "tutor",
    };
}

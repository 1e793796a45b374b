using PlacementTracker.Core.Settings;

namespace PlacementTracker.Core.Tests.Settings;

public class ProviderSettingsRulesTests
{
    [Fact]
    public void Validate_Defaults_AreValid() => Assert.Empty(ProviderSettingsRules.Validate(new ProviderSettings()));

    [Fact]
    public void Validate_Defaults_FollowDfeGuidance()
    {
        var settings = new ProviderSettings();

        Assert.Equal((315, 2, 35), (settings.DefaultRequiredHours, settings.MaxEmployersPerPlacement,
            settings.TasterCapHours));
        Assert.Equal(105, Math.Round(315 * settings.TeamProjectCapPercent / 100));
        Assert.False(settings.AllowTeamProjectsWithSkillsHubs);
        Assert.Equal("Europe/London", settings.TimeZoneId);
    }

    [Fact]
    public void Validate_BadValues_NamesEachFieldWithWhatToDo()
    {
        var settings = new ProviderSettings
        {
            ProviderName = " ",
            Ukprn = "1234",
            AcademicYearStart = new DateOnly(2027, 9, 1),
            AcademicYearEnd = new DateOnly(2027, 7, 31),
            DefaultRequiredHours = 0,
            MaxEmployersPerPlacement = 0,
            TeamProjectCapPercent = 101,
        };

        var errors = ProviderSettingsRules.Validate(settings);

        Assert.Equal("Enter the provider name", errors[nameof(ProviderSettings.ProviderName)]);
        Assert.Equal("Enter a UKPRN of 8 digits, from 10000000 to 99999999", errors[nameof(ProviderSettings.Ukprn)]);
        Assert.Equal("The academic year must end after it starts", errors[nameof(ProviderSettings.AcademicYearEnd)]);
        Assert.Contains(nameof(ProviderSettings.DefaultRequiredHours), errors.Keys);
        Assert.Contains(nameof(ProviderSettings.MaxEmployersPerPlacement), errors.Keys);
        Assert.Contains(nameof(ProviderSettings.TeamProjectCapPercent), errors.Keys);
    }

    [Fact]
    public void Validate_NoUkprnYet_IsAllowed() =>
        Assert.Empty(ProviderSettingsRules.Validate(new ProviderSettings { Ukprn = null }));

    [Theory]
    [InlineData(-1)]
    [InlineData(366)]
    public void Validate_DueDiligenceWarningDaysOutOfRange_SaysWhatToDo(int days) =>
        Assert.Equal("Warning days must be a whole number from 0 to 365",
            ProviderSettingsRules.Validate(new ProviderSettings { DueDiligenceWarningDays = days })
                [nameof(ProviderSettings.DueDiligenceWarningDays)]);

    [Fact]
    public void Defaults_WarnOfExpiringChecks30DaysAhead() =>
        Assert.Equal(30, new ProviderSettings().DueDiligenceWarningDays);
}

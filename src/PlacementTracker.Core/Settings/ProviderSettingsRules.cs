using PlacementTracker.Core.Identifiers;

namespace PlacementTracker.Core.Settings;

public static class ProviderSettingsRules
{
    /// <summary>Checks settings before they are saved; returns one message per field that needs fixing.</summary>
    public static IReadOnlyDictionary<string, string> Validate(ProviderSettings settings)
    {
        var errors = new Dictionary<string, string>();

        if (string.IsNullOrWhiteSpace(settings.ProviderName))
        {
            errors[nameof(settings.ProviderName)] = "Enter the provider name";
        }
        else if (settings.ProviderName.Trim().Length > 120)
        {
            errors[nameof(settings.ProviderName)] = "Provider name must be 120 characters or fewer";
        }

        if (!string.IsNullOrWhiteSpace(settings.Ukprn) && !Ukprn.IsValid(settings.Ukprn))
        {
            errors[nameof(settings.Ukprn)] = "Enter a UKPRN of 8 digits, from 10000000 to 99999999";
        }

        if (settings.AcademicYearEnd <= settings.AcademicYearStart)
        {
            errors[nameof(settings.AcademicYearEnd)] = "The academic year must end after it starts";
        }

        Range(errors, nameof(settings.DefaultRequiredHours), settings.DefaultRequiredHours, 1, 2000,
            "Default required hours must be a whole number from 1 to 2000");
        Range(errors, nameof(settings.MaxEmployersPerPlacement), settings.MaxEmployersPerPlacement, 1, 10,
            "Employers per placement must be a whole number from 1 to 10");
        Range(errors, nameof(settings.TasterCapHours), settings.TasterCapHours, 0, 2000,
            "Taster hours must be a whole number from 0 to 2000");
        Range(errors, nameof(settings.TeamProjectCapPercent), settings.TeamProjectCapPercent, 0, 100,
            "Team project share must be a percentage from 0 to 100");
        Range(errors, nameof(settings.SkillsHubCapPercent), settings.SkillsHubCapPercent, 0, 100,
            "Skills hub share must be a percentage from 0 to 100");
        Range(errors, nameof(settings.SpecialConsiderationMinimumPercent),
            settings.SpecialConsiderationMinimumPercent, 0, 100,
            "Special consideration minimum must be a percentage from 0 to 100");
        Range(errors, nameof(settings.DueDiligenceWarningDays), settings.DueDiligenceWarningDays, 0, 365,
            "Warning days must be a whole number from 0 to 365");

        ValidateCaseload(settings, errors);
        return errors;
    }

    private static void ValidateCaseload(ProviderSettings settings, Dictionary<string, string> errors)
    {
        Range(errors, nameof(settings.HoursAmberBelowPercent), settings.HoursAmberBelowPercent, 1, 100,
            "Amber hours share must be a whole number from 1 to 100");
        Range(errors, nameof(settings.HoursRedBelowPercent), settings.HoursRedBelowPercent, 0, 100,
            "Red hours share must be a whole number from 0 to 100");
        if (!errors.ContainsKey(nameof(settings.HoursRedBelowPercent))
            && settings.HoursRedBelowPercent > settings.HoursAmberBelowPercent)
        {
            errors[nameof(settings.HoursRedBelowPercent)] = "Red hours share must not be more than the amber share";
        }

        Range(errors, nameof(settings.PlacementDeadlineMonth), settings.PlacementDeadlineMonth, 1, 12,
            "Deadline month must be a whole number from 1 to 12");
        if (!errors.ContainsKey(nameof(settings.PlacementDeadlineMonth))
            && (settings.PlacementDeadlineDay < 1
                || settings.PlacementDeadlineDay > DateTime.DaysInMonth(2001, settings.PlacementDeadlineMonth)))
        {
            errors[nameof(settings.PlacementDeadlineDay)] = "Deadline day must be a day that month has in every year";
        }

        Range(errors, nameof(settings.ReviewOverdueRedDays), settings.ReviewOverdueRedDays, 0, 180,
            "Review overdue days must be a whole number from 0 to 180");
        Range(errors, nameof(settings.TimesheetApprovalDays), settings.TimesheetApprovalDays, 1, 90,
            "Timesheet waiting days must be a whole number from 1 to 90");
        Range(errors, nameof(settings.LogbookGapDays), settings.LogbookGapDays, 1, 180,
            "Logbook days must be a whole number from 1 to 180");
        Range(errors, nameof(settings.AttendanceConcernCount), settings.AttendanceConcernCount, 1, 50,
            "Absences and late arrivals must be a whole number from 1 to 50");
        Range(errors, nameof(settings.AgreementSigningDays), settings.AgreementSigningDays, 0, 90,
            "Agreement signing days must be a whole number from 0 to 90");
        Range(errors, nameof(settings.NeedsImprovementAreas), settings.NeedsImprovementAreas, 1, 20,
            "Areas needing improvement must be a whole number from 1 to 20");
        Range(errors, nameof(settings.ConcernNoteDays), settings.ConcernNoteDays, 1, 180,
            "Concern days must be a whole number from 1 to 180");
    }

    private static void Range(Dictionary<string, string> errors, string field, decimal value, decimal min,
        decimal max, string message)
    {
        if (value < min || value > max)
        {
            errors[field] = message;
        }
    }
}

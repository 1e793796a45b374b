using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Web.Pages.Placements.Hours;

/// <summary>What the hours pages share: reading a week from the address, and showing a refusal.</summary>
public static class HoursPage
{
    /// <summary>The Monday named in the address, or null (404) for anything else.</summary>
    public static DateOnly? WeekFrom(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.DayOfWeek == DayOfWeek.Monday
            ? date
            : null;

    public static string Address(Guid placementId, DateOnly weekStart) =>
        $"/Placements/{placementId}/Hours/{weekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>Puts a refusal's messages against fields under <paramref name="prefix"/>.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, string prefix, TimesheetResult result)
    {
        if (result.Conflict)
        {
            modelState.AddModelError("", "Someone else changed this week while you were looking at it. " +
                "Check the week as it is now and try again");
        }

        foreach (var (field, message) in result.Errors)
        {
            modelState.AddModelError(prefix.Length == 0 ? field : $"{prefix}.{field}", message);
        }
    }
}

using System.Globalization;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Web.Pages.Placements.Hours;

/// <summary>An absence or late arrival as typed on the week page.</summary>
public sealed class AttendanceForm
{
    public string? Date { get; set; }

    public AttendanceKind? Kind { get; set; }

    public int? Minutes { get; set; }

    public string? Note { get; set; }

    public AttendanceInput ToInput() => new(
        DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null,
        Kind,
        Minutes,
        Note);
}

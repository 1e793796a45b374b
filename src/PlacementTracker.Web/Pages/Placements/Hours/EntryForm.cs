using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using PlacementTracker.Core.Timesheets;
using PlacementTracker.Web.Timesheets;

namespace PlacementTracker.Web.Pages.Placements.Hours;

/// <summary>The fields of a time entry as typed: a day of the week, and either times or hours worked.</summary>
public sealed class EntryForm
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HHmm"];

    public string? Date { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public string? Hours { get; set; }

    public TimeEntryKind Kind { get; set; }

    public string? Note { get; set; }

    public uint Version { get; set; }

    public static IEnumerable<SelectListItem> Kinds { get; } =
        [.. Enum.GetValues<TimeEntryKind>().Select(k => new SelectListItem(HoursText.Kind(k), k.ToString()))];

    public static IEnumerable<SelectListItem> Days(DateOnly weekStart) =>
        Enumerable.Range(0, 7)
            .Select(i => weekStart.AddDays(i))
            .Select(d => new SelectListItem(HoursText.Day(d), d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    public static EntryForm From(TimeEntry entry) => new()
    {
        Date = entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Start = entry.Start?.ToString("HH:mm", CultureInfo.InvariantCulture),
        End = entry.End?.ToString("HH:mm", CultureInfo.InvariantCulture),
        Hours = entry.Start is null ? (entry.Minutes / 60m).ToString("0.##", CultureInfo.InvariantCulture) : null,
        Kind = entry.Kind,
        Note = entry.Note,
        Version = entry.Version,
    };

    /// <summary>
    /// The entry to record, or null with the reasons put against the fields under <paramref name="prefix"/>.
    /// </summary>
    public TimeEntryInput? ToInput(ModelStateDictionary modelState, string prefix)
    {
        var date = DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var d) ? d : (DateOnly?)null;
        var start = ParseTime(Start, $"{prefix}.{nameof(Start)}", "start", modelState);
        var end = ParseTime(End, $"{prefix}.{nameof(End)}", "end", modelState);
        int? minutes = null;
        if (!string.IsNullOrWhiteSpace(Hours))
        {
            if (decimal.TryParse(Hours.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var hours))
            {
                minutes = (int)Math.Round(hours * 60);
            }
            else
            {
                modelState.AddModelError($"{prefix}.{nameof(Hours)}", "Enter the hours worked as a number, like 7.5");
            }
        }

        return modelState.IsValid ? new TimeEntryInput(date, start, end, minutes, Kind, Note, Version) : null;
    }

    private static TimeOnly? ParseTime(string? text, string field, string which, ModelStateDictionary modelState)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var time))
        {
            return time;
        }

        modelState.AddModelError(field, $"Enter the {which} time as a 24-hour time, like 09:00");
        return null;
    }
}

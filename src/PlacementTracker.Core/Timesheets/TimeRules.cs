using System.Globalization;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Timesheets;

/// <summary>What a person typed for one entry: either a start and an end, or a duration.</summary>
public sealed record TimeEntryInput(
    DateOnly? Date,
    TimeOnly? Start,
    TimeOnly? End,
    int? DurationMinutes,
    TimeEntryKind Kind,
    string? Note,
    uint Version = 0);

/// <summary>An entry's real span: its length, and its start and end in UTC when clock times were given.</summary>
public sealed record EntrySpan(int Minutes, DateTime? StartUtc = null, DateTime? EndUtc = null);

/// <summary>
/// The time rules of DESIGN.md §5, in the provider's time zone (Europe/London). A day belongs to its local date;
/// a shift that runs past midnight belongs to the date it starts; its length is real elapsed time, so a night
/// across the spring clock change is an hour shorter and one across the autumn change an hour longer.
/// </summary>
public static class TimeRules
{
    public const int MaxMinutes = 24 * 60;

    public const int MaxNoteLength = 1000;

    public static TimeZoneInfo London { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The Monday of the week that <paramref name="date"/> falls in.</summary>
    public static DateOnly WeekStart(DateOnly date) =>
        date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>Today's date in London.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);

    /// <summary>The UTC instant of a local time; an ambiguous autumn time is read as its first occurrence.</summary>
    public static DateTime? ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (London.IsInvalidTime(local))
        {
            return null;
        }

        var offset = London.IsAmbiguousTime(local)
            ? London.GetAmbiguousTimeOffsets(local).Max()
            : London.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    /// <summary>The entry's span, or the message that refuses it against the field it belongs to.</summary>
    public static (EntrySpan? Span, string? Field, string? Problem) Measure(TimeEntryInput input)
    {
        if (input.Date is not { } date)
        {
            return (null, nameof(TimeEntryInput.Date), "Enter the date");
        }

        if (input.Start is null && input.End is null)
        {
            return input.DurationMinutes switch
            {
                null => (null, nameof(TimeEntryInput.Start), "Enter a start and end time, or the hours worked"),
                <= 0 => (null, nameof(TimeEntryInput.DurationMinutes), "Enter hours worked greater than zero"),
                > MaxMinutes => (null, nameof(TimeEntryInput.DurationMinutes), OverADay),
                var minutes => (new EntrySpan(minutes.Value), null, null),
            };
        }

        if (input.Start is not { } start || input.End is not { } end)
        {
            return input.Start is null
                ? (null, nameof(TimeEntryInput.Start), "Enter the start time")
                : (null, nameof(TimeEntryInput.End), "Enter the end time");
        }

        return MeasureShift(date, start, end);
    }

    /// <summary>
    /// Refusals that depend on the placement and today's date, by field; empty when the entry may stand.
    /// </summary>
    public static Dictionary<string, string> PlacementProblems(Placement placement, DateOnly date, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (placement.Status != PlacementStatus.Active)
        {
            errors[nameof(TimeEntryInput.Date)] = "Hours can only be recorded while the placement is active";
        }
        else if (date > today)
        {
            errors[nameof(TimeEntryInput.Date)] = "The date must be today or in the past";
        }
        else if (date < placement.PlannedStart || date > placement.PlannedEnd)
        {
            errors[nameof(TimeEntryInput.Date)] =
                $"The date must be within the placement, from {Words(placement.PlannedStart)} " +
                $"to {Words(placement.PlannedEnd)}";
        }

        return errors;
    }

    /// <summary>The entry this one overlaps, if any: shifts may not cross, and a day holds at most 24 hours.</summary>
    public static TimeEntry? Overlapping(DateOnly date, EntrySpan span, IEnumerable<TimeEntry> others)
    {
        var list = others.ToList();
        if (span.StartUtc is { } start && span.EndUtc is { } end)
        {
            var crossing = list.FirstOrDefault(o => SpanOf(o) is { StartUtc: { } s, EndUtc: { } e } && s < end
                && start < e);
            if (crossing is not null)
            {
                return crossing;
            }
        }

        var sameDay = list.Where(o => o.Date == date).ToList();
        return sameDay.Sum(o => o.Minutes) + span.Minutes > MaxMinutes ? sameDay.FirstOrDefault() : null;
    }

    public static string Words(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Words(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Hours and minutes as people write them, for example "7h 30m".</summary>
    public static string Hours(int minutes) =>
        minutes % 60 == 0 ? $"{minutes / 60}h" : $"{minutes / 60}h {minutes % 60}m";

    private const string OverADay = "An entry cannot be longer than 24 hours";

    private static (EntrySpan?, string?, string?) MeasureShift(DateOnly date, TimeOnly start, TimeOnly end)
    {
        if (start == end)
        {
            return (null, nameof(TimeEntryInput.End), "The end time must be different from the start time");
        }

        var endDate = end < start ? date.AddDays(1) : date;
        if (ToUtc(date, start) is not { } startUtc)
        {
            return (null, nameof(TimeEntryInput.Start), DoesNotExist(date, start));
        }

        if (ToUtc(endDate, end) is not { } endUtc)
        {
            return (null, nameof(TimeEntryInput.End), DoesNotExist(endDate, end));
        }

        var minutes = (int)(endUtc - startUtc).TotalMinutes;
        return minutes > MaxMinutes
            ? (null, nameof(TimeEntryInput.End), OverADay)
            : (new EntrySpan(minutes, startUtc, endUtc), null, null);
    }

    private static EntrySpan? SpanOf(TimeEntry entry) =>
        entry.Start is { } start && entry.End is { } end
            ? new EntrySpan(entry.Minutes, ToUtc(entry.Date, start),
                ToUtc(end < start ? entry.Date.AddDays(1) : entry.Date, end))
            : null;

    private static string DoesNotExist(DateOnly date, TimeOnly time) =>
        $"{Words(time)} on {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} does not exist: " +
        "the clocks went forward";
}

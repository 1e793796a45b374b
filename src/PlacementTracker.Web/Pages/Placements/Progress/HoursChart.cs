using System.Globalization;
using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Web.Pages.Placements.Progress;

/// <summary>The points of the planned-against-counted chart, in SVG user units, and its words for screen readers.</summary>
public sealed class HoursChart
{
    public const int Width = 640;

    public const int Height = 260;

    public const int Left = 56;

    public const int Right = 16;

    public const int Top = 16;

    public const int Bottom = 40;

    public HoursChart(IReadOnlyList<ProgressWeek> weeks)
    {
        Weeks = weeks;
        var most = weeks.Select(w => Math.Max(w.PlannedToDate, w.CountedToDate ?? 0)).DefaultIfEmpty(0).Max();
        TopHours = Math.Max(10, (int)Math.Ceiling(most / 60.0 / 10) * 10);
    }

    public IReadOnlyList<ProgressWeek> Weeks { get; }

    /// <summary>The hours at the top of the vertical axis, a multiple of ten.</summary>
    public int TopHours { get; }

    public string PlannedPoints => Points(Weeks.Select((w, i) => (i, (int?)w.PlannedToDate)));

    public string CountedPoints => Points(Weeks.Select((w, i) => (i, w.CountedToDate)));

    public IEnumerable<(int Hours, double Y)> Ticks =>
        Enumerable.Range(0, 5).Select(i => (TopHours * i / 4, Y(TopHours * i / 4 * 60)));

    public double X(int week) =>
        Left + (Weeks.Count <= 1 ? 0 : (Width - Left - Right) * week / (double)(Weeks.Count - 1));

    public double Y(int minutes) => Top + (Height - Top - Bottom) * (1 - minutes / (TopHours * 60.0));

    public string Description
    {
        get
        {
            var last = Weeks.LastOrDefault(w => w.CountedToDate is not null);
            var planned = Weeks.Count == 0 ? 0 : Weeks[^1].PlannedToDate;
            var counted = last is null
                ? "No weeks have passed yet."
                : $"By the week beginning {TimeRules.Words(last.WeekStart)}, {TimeRules.Hours(last.CountedToDate!.Value)} " +
                    $"counted against {TimeRules.Hours(last.PlannedToDate)} planned.";
            return $"{TimeRules.Hours(planned)} planned in all. {counted} The table below gives every week.";
        }
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private string Points(IEnumerable<(int Week, int? Minutes)> points) =>
        string.Join(' ', points.Where(p => p.Minutes is not null)
            .Select(p => $"{Number(X(p.Week))},{Number(Y(p.Minutes!.Value))}"));
}

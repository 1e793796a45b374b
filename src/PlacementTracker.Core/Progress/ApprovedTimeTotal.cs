using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Progress;

/// <summary>
/// The approved time of one placement and kind, kept so that a caseload of thousands of placements reads a few
/// rows each instead of summing every time entry: the minutes in approved weeks and the first date among them.
/// Kept up to date by <see cref="ApprovedTimeTotals"/> whenever a week is approved, reopened or its time changes.
/// </summary>
public class ApprovedTimeTotal
{
    public Guid PlacementId { get; set; }

    public TimeEntryKind Kind { get; set; }

    public int Minutes { get; set; }

    public DateOnly FirstDate { get; set; }
}

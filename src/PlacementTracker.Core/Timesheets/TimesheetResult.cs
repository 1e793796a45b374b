namespace PlacementTracker.Core.Timesheets;

/// <summary>
/// What came of a change to hours or a timesheet: saved, refused with a message per field, refused because someone
/// else saved first, or missing because the person may not see or change it.
/// </summary>
public sealed record TimesheetResult(
    IReadOnlyDictionary<string, string> Errors,
    bool Conflict = false,
    bool Missing = false)
{
    private static readonly Dictionary<string, string> NoErrors = [];

    public static TimesheetResult Saved { get; } = new(NoErrors);

    public static TimesheetResult NotFound { get; } = new(NoErrors, Missing: true);

    public static TimesheetResult OutOfDate { get; } = new(NoErrors, Conflict: true);

    public bool Succeeded => Errors.Count == 0 && !Conflict && !Missing;

    public static TimesheetResult Refused(string field, string message) =>
        new(new Dictionary<string, string> { [field] = message });
}

using PlacementTracker.Core.Outcomes;

namespace PlacementTracker.Core.Results;

/// <summary>One learner's line in DfE's results upload.</summary>
public sealed record ResultsUploadRow(
    string Uln,
    string CoreCode,
    PlacementOutcome Outcome,
    int? SpecialConsiderationHours,
    IReadOnlyList<string> SpecialConsiderationReasons)
{
    public bool WithSpecialConsideration => Outcome == PlacementOutcome.CompletedWithSpecialConsideration;

    /// <summary>Hours are written only with special consideration and are empty for every other status.</summary>
    public string HoursCell => WithSpecialConsideration && SpecialConsiderationHours is { } hours
        ? hours.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : "";

    /// <summary>Distinct reason codes, comma-separated in one field, only with special consideration.</summary>
    public string ReasonsCell => WithSpecialConsideration
        ? string.Join(',', SpecialConsiderationReasons.Distinct(StringComparer.Ordinal))
        : "";
}

/// <summary>A student left out of the upload, and why DfE would reject their row.</summary>
public sealed record RejectedLearner(Guid StudentId, string Name, string Uln, string Reason);

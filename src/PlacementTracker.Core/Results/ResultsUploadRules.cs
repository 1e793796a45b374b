using PlacementTracker.Core.Identifiers;

namespace PlacementTracker.Core.Results;

/// <summary>
/// Why DfE would reject a learner's row (DOMAIN.md): checked before the file is written, so a rejected learner is
/// listed for the coordinator to put right instead of being exported.
/// </summary>
public static class ResultsUploadRules
{
    public const int MaxSpecialConsiderationHours = 999;

    public static string? ProblemWith(ResultsUploadRow row, IReadOnlySet<string> knownReasonCodes)
    {
        if (!Uln.IsValid(row.Uln))
        {
            return $"The ULN \"{row.Uln}\" is not a valid Unique Learner Number";
        }

        if (row.CoreCode.Length != 8)
        {
            return "The student's core code must be the 8-character T Level pathway code";
        }

        return row.WithSpecialConsideration ? SpecialConsiderationProblem(row, knownReasonCodes) : null;
    }

    private static string? SpecialConsiderationProblem(ResultsUploadRow row, IReadOnlySet<string> knownReasonCodes)
    {
        if (row.SpecialConsiderationHours is null)
        {
            return "Special consideration is recorded without the hours completed";
        }

        if (row.SpecialConsiderationHours is < 1 or > MaxSpecialConsiderationHours)
        {
            return $"Special consideration hours must be from 1 to {MaxSpecialConsiderationHours}";
        }

        var unknown = row.SpecialConsiderationReasons.FirstOrDefault(c => !knownReasonCodes.Contains(c));
        return unknown is null ? null : $"\"{unknown}\" is not one of DfE's special consideration reason codes";
    }
}

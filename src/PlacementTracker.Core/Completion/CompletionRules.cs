namespace PlacementTracker.Core.Completion;

/// <summary>The employer appraisal as entered: a level for each area, and the employer's words.</summary>
public sealed record AppraisalInput(
    IReadOnlyDictionary<Guid, Guid> LevelByArea,
    string? Strengths,
    string? AreasToDevelop,
    bool? WouldOfferReference,
    bool? WouldOfferJob,
    uint Version);

public sealed record EndOfPlacementInput(string? Reflection, string? Achievements, string? NextSteps, uint Version);

public sealed record SuccessInput(
    string? SuccessFactors,
    bool StudentConsentsToCaseStudy,
    bool EmployerConsentsToCaseStudy,
    uint Version);

public sealed record SpecialConsiderationInput(IReadOnlyList<string> ReasonCodes, int? Hours, string? Note);

/// <summary>The checks on what people write at completion, with messages that say what to do.</summary>
public static class CompletionRules
{
    public const int MaxTextLength = 4000;

    public const int MinSpecialConsiderationHours = 1;

    public const int MaxSpecialConsiderationHours = 999;

    public static Dictionary<string, string> Validate(
        AppraisalInput input, IReadOnlyCollection<Guid> areaIds, IReadOnlyCollection<Guid> levelIds)
    {
        var errors = new Dictionary<string, string>();
        var unrated = areaIds.FirstOrDefault(a =>
            !input.LevelByArea.TryGetValue(a, out var level) || !levelIds.Contains(level));
        if (unrated != Guid.Empty)
        {
            errors[$"Levels[{unrated}]"] = "Select a rating for every area";
        }

        Required(errors, "Strengths", input.Strengths, "Enter the student's strengths");
        Required(errors, "AreasToDevelop", input.AreasToDevelop, "Enter the areas the student should develop");
        if (input.WouldOfferReference is null)
        {
            errors["WouldOfferReference"] = "Select whether you would give the student a reference";
        }

        if (input.WouldOfferJob is null)
        {
            errors["WouldOfferJob"] = "Select whether you would offer the student a job";
        }

        return errors;
    }

    public static Dictionary<string, string> Validate(EndOfPlacementInput input)
    {
        var errors = new Dictionary<string, string>();
        Required(errors, "Reflection", input.Reflection, "Enter the student's reflection on the placement");
        Required(errors, "Achievements", input.Achievements, "Enter what the student achieved");
        Required(errors, "NextSteps", input.NextSteps, "Enter the student's next steps");
        return errors;
    }

    public static Dictionary<string, string> Validate(SuccessInput input)
    {
        var errors = new Dictionary<string, string>();
        Required(errors, "SuccessFactors", input.SuccessFactors, "Enter what made the placement succeed");
        return errors;
    }

    public static Dictionary<string, string> Validate(SpecialConsiderationInput input, IReadOnlySet<string> knownCodes)
    {
        var errors = new Dictionary<string, string>();
        if (input.ReasonCodes.Count == 0)
        {
            errors["ReasonCodes"] = "Select at least one reason for special consideration";
        }
        else if (input.ReasonCodes.Any(c => !knownCodes.Contains(c)))
        {
            errors["ReasonCodes"] = "Select reasons from the list";
        }
        else if (input.ReasonCodes.Distinct(StringComparer.Ordinal).Count() != input.ReasonCodes.Count)
        {
            errors["ReasonCodes"] = "Select each reason only once";
        }

        if (input.Hours is not (>= MinSpecialConsiderationHours and <= MaxSpecialConsiderationHours))
        {
            errors["Hours"] = $"Enter the hours actually completed, a whole number from {MinSpecialConsiderationHours}"
                + $" to {MaxSpecialConsiderationHours}";
        }

        Required(errors, "Note", input.Note, "Enter what the evidence is and where it is kept");
        return errors;
    }

    private static void Required(Dictionary<string, string> errors, string field, string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = message;
        }
        else if (text.Trim().Length > MaxTextLength)
        {
            errors[field] = $"Keep this to {MaxTextLength} characters or fewer";
        }
    }
}

/// <summary>
/// What came of a change at completion: saved, refused with a message per field, refused because someone else saved
/// first, or missing because the viewer may not see or change it.
/// </summary>
public sealed record CompletionResult(
    IReadOnlyDictionary<string, string> Errors,
    bool Conflict = false,
    bool Missing = false)
{
    private static readonly Dictionary<string, string> NoErrors = [];

    public static CompletionResult Saved { get; } = new(NoErrors);

    public static CompletionResult NotFound { get; } = new(NoErrors, Missing: true);

    public static CompletionResult OutOfDate { get; } = new(NoErrors, Conflict: true);

    public static CompletionResult Locked { get; } = Refused("", RecordLock.LockedMessage);

    public bool Succeeded => Errors.Count == 0 && !Conflict && !Missing;

    public static CompletionResult Refused(string field, string message) =>
        new(new Dictionary<string, string> { [field] = message });
}

using System.Globalization;
using System.Text;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Plans;

/// <summary>What an objective or learning goal says, as a person enters it.</summary>
public sealed record ObjectiveInput(
    ObjectiveCategory Category,
    ObjectiveKind Kind,
    string Description,
    string? SpecialismSkill,
    string? SuccessCriteria,
    string? Activities,
    DateOnly? TargetDate,
    ObjectiveStatus Status = ObjectiveStatus.NotStarted)
{
    public static ObjectiveInput From(Objective objective) => new(
        objective.Category,
        objective.Kind,
        objective.Description,
        objective.SpecialismSkill,
        objective.SuccessCriteria,
        objective.Activities,
        objective.TargetDate,
        objective.Status);

    /// <summary>The same input with text trimmed and blank optional text as null.</summary>
    public ObjectiveInput Tidied() => this with
    {
        Description = Description.Trim(),
        SpecialismSkill = Blank(SpecialismSkill),
        SuccessCriteria = Blank(SuccessCriteria),
        Activities = Blank(Activities),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Why a change is made and by whom; the reason may be left out only while the plan is being set up.</summary>
public sealed record RevisionRequest(Auditing.Actor Actor, RevisionReason? Reason = null, string? Note = null);

/// <summary>The rules for objectives, learning goals and their revisions, free of any database.</summary>
public static class PlanRules
{
    public const int DescriptionLength = 1000;
    public const int SpecialismSkillLength = 500;
    public const int SuccessCriteriaLength = 2000;
    public const int ActivitiesLength = 2000;
    public const int NoteLength = 1000;

    private const string Nothing = "(none)";

    /// <summary>
    /// A plan is set once the placement is under way (or over) or someone has signed its agreement; from then on
    /// every change needs a reason other than <see cref="RevisionReason.PlanSetUp"/>.
    /// </summary>
    public static bool IsSet(PlacementStatus status, bool agreementHasSignatures) =>
        agreementHasSignatures || status is not (PlacementStatus.Planned or PlacementStatus.AwaitingAgreement);

    /// <summary>Problems with the input, by field name; empty when it may be saved.</summary>
    public static Dictionary<string, string> Validate(ObjectiveInput input, DateOnly placementStart)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Description))
        {
            errors[nameof(ObjectiveInput.Description)] = "Enter a description";
        }

        TooLong(errors, nameof(ObjectiveInput.Description), "Description", input.Description, DescriptionLength);
        TooLong(errors, nameof(ObjectiveInput.SpecialismSkill), "Specialism skill", input.SpecialismSkill,
            SpecialismSkillLength);
        TooLong(errors, nameof(ObjectiveInput.SuccessCriteria), "Success criteria", input.SuccessCriteria,
            SuccessCriteriaLength);
        TooLong(errors, nameof(ObjectiveInput.Activities), "Activities", input.Activities, ActivitiesLength);
        if (input.TargetDate is { } target && target < placementStart)
        {
            errors[nameof(ObjectiveInput.TargetDate)] =
                $"Target date must be on or after the placement starts ({IsoDate(placementStart)})";
        }

        return errors;
    }

    /// <summary>Problems with the reason for a change, by field name; empty when it may be saved.</summary>
    public static Dictionary<string, string> ValidateReason(RevisionRequest request, bool planIsSet)
    {
        var errors = new Dictionary<string, string>();
        if (planIsSet && request.Reason is null or RevisionReason.PlanSetUp)
        {
            errors[nameof(RevisionRequest.Reason)] = "Select why the plan is changing";
        }

        TooLong(errors, nameof(RevisionRequest.Note), "Note", request.Note, NoteLength);
        return errors;
    }

    /// <summary>The reason a revision is recorded with: set-up unless the person gave another.</summary>
    public static RevisionReason ReasonFor(RevisionRequest request) => request.Reason ?? RevisionReason.PlanSetUp;

    /// <summary>One line per changed field, "Field: before → after"; empty when nothing changed.</summary>
    public static string Changes(ObjectiveInput? before, ObjectiveInput after)
    {
        var lines = new StringBuilder();
        Line(lines, "Category", before is null ? null : Name(before.Category), Name(after.Category));
        Line(lines, "Kind", before is null ? null : Name(before.Kind), Name(after.Kind));
        Line(lines, "Description", before?.Description, after.Description);
        Line(lines, "Specialism skill", before?.SpecialismSkill, after.SpecialismSkill);
        Line(lines, "Success criteria", before?.SuccessCriteria, after.SuccessCriteria);
        Line(lines, "Activities", before?.Activities, after.Activities);
        Line(lines, "Target date", IsoDate(before?.TargetDate), IsoDate(after.TargetDate));
        Line(lines, "Status", before is null ? null : Name(before.Status), Name(after.Status));
        return lines.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// True when the agreement is current and the student, provider and employer each have a standing signature
    /// on exactly its content.
    /// </summary>
    public static bool IsFullySigned(SignedDocument agreement) =>
        agreement.ReplacedAtUtc is null && AgreementService.IsFullySigned(agreement);

    /// <summary>
    /// The plan number a revision belongs to: one more than now when a fully signed agreement holds the current
    /// number, so the signed agreement keeps the version it was signed with.
    /// </summary>
    public static int NumberForRevision(int currentNumber, SignedDocument? agreement) =>
        agreement is not null && agreement.PlanNumber == currentNumber && IsFullySigned(agreement)
            ? currentNumber + 1
            : currentNumber;

    public static string Name(ObjectiveCategory category) => category switch
    {
        ObjectiveCategory.LearningGoal => "Learning goal",
        _ => "Objective",
    };

    public static string Name(ObjectiveKind kind) => kind switch
    {
        ObjectiveKind.TechnicalSkill => "Technical skill",
        ObjectiveKind.Behaviour => "Behaviour",
        ObjectiveKind.WorkOutput => "Work output",
        ObjectiveKind.EmployerIndicator => "Employer project indicator",
        _ => kind.ToString(),
    };

    public static string Name(ObjectiveStatus status) => status switch
    {
        ObjectiveStatus.NotStarted => "Not started",
        ObjectiveStatus.InProgress => "In progress",
        ObjectiveStatus.Achieved => "Achieved",
        ObjectiveStatus.NotAchieved => "Not achieved",
        _ => status.ToString(),
    };

    public static string Name(RevisionReason reason) => reason switch
    {
        RevisionReason.PlanSetUp => "Plan set up",
        RevisionReason.WorkplaceChange => "The workplace changed",
        RevisionReason.StudentProgress => "The student's progress",
        RevisionReason.ReviewOutcome => "Outcome of a review",
        RevisionReason.Correction => "Correcting a mistake",
        _ => reason.ToString(),
    };

    public static string? IsoDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void TooLong(Dictionary<string, string> errors, string field, string label, string? text, int most)
    {
        if (text is not null && text.Trim().Length > most && !errors.ContainsKey(field))
        {
            errors[field] = $"{label} must be {most} characters or fewer";
        }
    }

    private static void Line(StringBuilder lines, string field, string? before, string? after)
    {
        if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
        {
            lines.Append(field).Append(": ").Append(Shown(before)).Append(" → ").Append(Shown(after)).Append('\n');
        }
    }

    private static string Shown(string? value) =>
        string.IsNullOrEmpty(value) ? Nothing : value.ReplaceLineEndings(" ");
}

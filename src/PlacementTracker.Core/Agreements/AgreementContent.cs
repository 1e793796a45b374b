using System.Globalization;
using PlacementTracker.Core.Documents;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;

namespace PlacementTracker.Core.Agreements;

/// <summary>
/// Writes the placement agreement as a <see cref="PrintedDocument"/>. The same facts always give the same text,
/// so the content hash changes exactly when something the parties agree to changes.
/// </summary>
public static class AgreementContent
{
    public const string Title = "Industry placement agreement";

    public const string ObjectivesHeadingStart = "Objectives and learning goals";

    private const string NotRecorded = "Not recorded";

    private const StringSplitOptions SplitLines =
        StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static PrintedDocument Build(AgreementFacts facts) =>
        new(Title, [.. SectionsBeforeObjectives(facts), Objectives(facts), .. SectionsAfterObjectives(facts)]);

    /// <summary>
    /// The agreement from today's facts but with the objectives section exactly as <paramref name="frozenContent"/>
    /// holds it; null when the rest of the frozen text no longer matches today's facts.
    /// </summary>
    /// <remarks>
    /// The plan keeps only its current objectives, so a fully signed agreement's objectives live on only in its
    /// frozen text. Their section is written as one "label: value" line per fact with values on one line, which
    /// lets it be read back into the same blocks and so give the same text and hash.
    /// </remarks>
    public static PrintedDocument? WithFrozenObjectives(AgreementFacts facts, string frozenContent)
    {
        var before = new PrintedDocument(Title, SectionsBeforeObjectives(facts)).ToPlainText();
        var after = new PrintedDocument("", SectionsAfterObjectives(facts)).ToPlainText()[1..];
        if (frozenContent.Length < before.Length + after.Length
            || !frozenContent.StartsWith(before, StringComparison.Ordinal)
            || !frozenContent.EndsWith(after, StringComparison.Ordinal))
        {
            return null;
        }

        var middle = frozenContent[before.Length..^after.Length];
        if (ReadSection(middle) is not { } objectives)
        {
            return null;
        }

        var document = new PrintedDocument(
            Title,
            [.. SectionsBeforeObjectives(facts), objectives, .. SectionsAfterObjectives(facts)]);
        return document.ToPlainText() == frozenContent ? document : null;
    }

    private static List<DocumentSection> SectionsBeforeObjectives(AgreementFacts facts) =>
    [
        new("About this agreement", [new DocumentParagraph(
            $"This agreement is between {facts.StudentName} (the student), {facts.ProviderName} (the provider) "
            + $"and {facts.EmployerName} (the employer). It sets out the industry placement the student will do "
            + "as part of their T Level, what they will learn, and what each party commits to. "
            + "It takes effect when all three have signed it.")]),
        Parties(facts),
        Arrangements(facts.Placement),
    ];

    private static List<DocumentSection> SectionsAfterObjectives(AgreementFacts facts) =>
    [
        Adjustments(facts.SharedAdjustments),
        new("What the student commits to", [new DocumentList(StudentCommitments)]),
        new("What the provider commits to", [new DocumentList(ProviderCommitments)]),
        new("What the employer commits to", [new DocumentList(EmployerCommitments)]),
        new("Changes to this agreement", [new DocumentParagraph(
            "If anything in this agreement changes, such as the dates, hours, supervisor or objectives, a new "
            + "version is made and every party is asked to sign again. Signatures on an earlier version no longer "
            + "apply to it.")]),
    ];

    private static DocumentSection Parties(AgreementFacts facts) =>
        new("The parties", [new DocumentFacts(
        [
            ("Student", facts.StudentName),
            ("Unique learner number (ULN)", facts.StudentUln),
            ("Provider", facts.ProviderName),
            ("UK provider reference number (UKPRN)", facts.ProviderUkprn ?? NotRecorded),
            ("Employer", facts.EmployerName),
            ("Workplace address", facts.SiteAddress ?? NotRecorded),
            ("Workplace supervisor", facts.SupervisorName ?? "Not yet named"),
        ])]);

    private static DocumentSection Arrangements(Placement placement) =>
        new("The placement", [new DocumentFacts(
        [
            ("Role", placement.RoleTitle),
            ("Planned start", Date(placement.PlannedStart)),
            ("Planned end", Date(placement.PlannedEnd)),
            ("Planned hours", placement.PlannedHours.ToString(CultureInfo.InvariantCulture)),
            ("Delivery model", DeliveryModelName(placement.DeliveryModel)),
            ("Working days", Days(placement.WorkingDays)),
            ("Working hours", string.IsNullOrWhiteSpace(placement.WorkingHours)
                ? NotRecorded
                : OneLine(placement.WorkingHours)),
        ])]);

    private static DocumentSection Objectives(AgreementFacts facts)
    {
        var heading = $"{ObjectivesHeadingStart} (plan version {facts.PlanNumber})";
        if (facts.Objectives.Count == 0)
        {
            return new(heading, [new DocumentParagraph("No objectives or learning goals have been set yet.")]);
        }

        var blocks = new List<DocumentBlock>();
        foreach (var objective in facts.Objectives)
        {
            var number = facts.Objectives.TakeWhile(o => o != objective).Count(o => o.Category == objective.Category);
            var rows = new List<(string, string)>
            {
                ($"{CategoryName(objective.Category)} {number + 1}", OneLine(objective.Description)),
                ("Kind", KindName(objective.Kind)),
            };
            AddIfPresent(rows, "Specialism skill", objective.SpecialismSkill);
            AddIfPresent(rows, "Success criteria", objective.SuccessCriteria);
            AddIfPresent(rows, "Activities", objective.Activities);
            if (objective.TargetDate is { } target)
            {
                rows.Add(("Target date", Date(target)));
            }

            blocks.Add(new DocumentFacts(rows));
        }

        return new(heading, blocks);
    }

    private static DocumentSection Adjustments(IReadOnlyList<string> adjustments) =>
        new("Adjustments the student has agreed to share with the employer", adjustments.Count == 0
            ? [new DocumentParagraph("None shared.")]
            : [new DocumentList([.. adjustments.Select(OneLine)])]);

    /// <summary>Reads an objectives section back from the text <see cref="Objectives"/> wrote.</summary>
    private static DocumentSection? ReadSection(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 3 || lines[0] != "" || lines[^1] != ""
            || !lines[1].StartsWith(ObjectivesHeadingStart, StringComparison.Ordinal))
        {
            return null;
        }

        var blocks = new List<DocumentBlock>();
        List<(string, string)>? rows = null;
        foreach (var line in lines[2..^1])
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0)
            {
                blocks.Add(new DocumentParagraph(line));
                rows = null;
                continue;
            }

            var (label, value) = (line[..colon], line[(colon + 2)..]);
            if (rows is null || StartsObjective(label))
            {
                rows = [];
                blocks.Add(new DocumentFacts(rows));
            }

            rows.Add((label, value));
        }

        return new DocumentSection(lines[1], blocks);
    }

    private static bool StartsObjective(string label) =>
        label.StartsWith(CategoryName(ObjectiveCategory.Objective) + " ", StringComparison.Ordinal)
        || label.StartsWith(CategoryName(ObjectiveCategory.LearningGoal) + " ", StringComparison.Ordinal);

    private static void AddIfPresent(List<(string, string)> rows, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            rows.Add((label, OneLine(value)));
        }
    }

    /// <summary>Puts text on one line, so every fact is one line of the plain text and can be read back.</summary>
    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], SplitLines));

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Days(WorkingDays days) =>
        days == WorkingDays.None
            ? NotRecorded
            : string.Join(", ", Enum.GetValues<WorkingDays>().Where(d => d != WorkingDays.None && days.HasFlag(d)));

    public static string DeliveryModelName(DeliveryModel model) => model switch
    {
        DeliveryModel.Block => "Block",
        DeliveryModel.DayRelease => "Day release",
        DeliveryModel.Mixed => "Mixed (block and day release)",
        _ => model.ToString(),
    };

    private static string CategoryName(ObjectiveCategory category) =>
        category == ObjectiveCategory.LearningGoal ? "Learning goal" : "Objective";

    private static string KindName(ObjectiveKind kind) => kind switch
    {
        ObjectiveKind.TechnicalSkill => "Technical skill",
        ObjectiveKind.Behaviour => "Behaviour",
        ObjectiveKind.WorkOutput => "Work output",
        ObjectiveKind.EmployerIndicator => "Employer indicator",
        _ => kind.ToString(),
    };

    private static readonly string[] StudentCommitments =
    [
        "Attend on the agreed days and times, and tell the supervisor and the provider as early as possible if "
            + "I will be absent or late.",
        "Follow the employer's rules on health and safety, conduct, dress and confidentiality.",
        "Work towards the objectives and learning goals above, and keep my logbook and time records up to date "
            + "and accurate.",
        "Take part in the start, middle and end reviews, and act on the feedback I am given.",
        "Raise any worry about my safety, wellbeing or treatment with my supervisor or the provider straight away.",
    ];

    private static readonly string[] ProviderCommitments =
    [
        "Prepare the student for the workplace before the placement starts, including health and safety.",
        "Check that the employer and workplace are suitable and safe, and keep those checks up to date.",
        "Name a member of staff the student and the employer can contact throughout the placement.",
        "Arrange the start, middle and end reviews, and keep in touch with the student and employer between them.",
        "Act promptly on any concern raised by the student or the employer, and record the placement's hours "
            + "and outcome accurately.",
    ];

    private static readonly string[] EmployerCommitments =
    [
        "Give the student meaningful work in the role above that lets them meet the objectives and learning goals.",
        "Provide a named supervisor who inducts the student, guides their work and is available to them.",
        "Keep the student safe, with a risk assessment, an induction to health and safety, and insurance that "
            + "covers them.",
        "Make the adjustments listed above, and keep what the student has shared confidential.",
        "Confirm the student's hours promptly, take part in reviews, and tell the provider at once about any "
            + "absence, accident or concern.",
    ];
}

using PlacementTracker.Core.Documents;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Completion;

/// <summary>
/// The text of a placement's completion declaration. It holds only what the records say, never the time it was
/// built, so the same records always give the same hash and any change to them gives a new one.
/// </summary>
public static class DeclarationContent
{
    public const string Title = "T Level industry placement completion declaration";

    public static PrintedDocument Build(DeclarationFacts facts)
    {
        var placement = facts.Placement;
        var student = placement.Student!;
        return new PrintedDocument(Title,
        [
            new DocumentSection("Placement",
            [
                new DocumentFacts(
                [
                    ("Student", $"{student.GivenName} {student.FamilyName}"),
                    ("Unique learner number (ULN)", student.Uln),
                    ("Provider", facts.ProviderName),
                    ("Employer", placement.Employer!.Name),
                    ("Workplace supervisor", facts.SupervisorName ?? "Not named"),
                    ("Role", placement.RoleTitle),
                    ("Dates", $"{TimeRules.Words(placement.PlannedStart)} to {TimeRules.Words(placement.PlannedEnd)}"),
                ]),
            ]),
            new DocumentSection("Hours", [new DocumentFacts(HoursRows(facts))]),
            new DocumentSection("Completion criteria",
            [
                new DocumentList([.. facts.Conditions().Select(c => $"{c.Name}: {c.Detail}")]),
            ]),
            new DocumentSection("Declaration",
            [
                new DocumentParagraph(
                    "The provider and the employer confirm that the student has met the completion criteria of the "
                    + "T Level industry placement set out above, and that the records behind them are kept as "
                    + "evidence for appeals and complaints."),
            ]),
        ]);
    }

    private static List<(string, string)> HoursRows(DeclarationFacts facts)
    {
        var rows = new List<(string, string)>
        {
            ("Required hours", TimeRules.Hours(facts.RequiredMinutes)),
            ("Counted hours, across every employer", TimeRules.Hours(facts.CountedMinutes)),
        };
        if (facts.HasSpecialConsideration)
        {
            rows.Add(("Special consideration", string.Join("; ", facts.SpecialConsiderationReasons)));
            rows.Add(("Hours completed with special consideration",
                $"{facts.IndustryPlacement.SpecialConsiderationHours}"));
        }

        return rows;
    }
}

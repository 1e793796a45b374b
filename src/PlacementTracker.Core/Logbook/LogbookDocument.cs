using PlacementTracker.Core.Documents;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;

namespace PlacementTracker.Core.Logbook;

/// <summary>The student's logbook as a document to print or keep as evidence: every entry, oldest first.</summary>
public static class LogbookDocument
{
    public const string Title = "Industry placement logbook";

    /// <param name="placement">The placement, with its student and employer loaded.</param>
    /// <param name="entries">The entries with their ratings, evidence and comments.</param>
    /// <param name="objectives">The plan's objectives, to name the ones rated.</param>
    public static PrintedDocument Build(
        Placement placement,
        IEnumerable<LogbookEntry> entries,
        IReadOnlyCollection<Objective> objectives)
    {
        var sections = new List<DocumentSection>
        {
            new("The placement",
            [
                new DocumentFacts(
                [
                    ("Student", placement.Student?.FullName ?? ""),
                    ("Role title", placement.RoleTitle),
                    ("Employer", placement.Employer?.Name ?? ""),
                ]),
            ]),
        };
        sections.AddRange(entries.OrderBy(e => e.Date).ThenBy(e => e.CreatedAtUtc).Select(e => Section(e, objectives)));
        if (sections.Count == 1)
        {
            sections.Add(new DocumentSection("Entries", [new DocumentParagraph("No entries yet.")]));
        }

        return new PrintedDocument(Title, sections);
    }

    private static DocumentSection Section(LogbookEntry entry, IReadOnlyCollection<Objective> objectives)
    {
        var blocks = new List<DocumentBlock>
        {
            new DocumentFacts([("What I did", entry.WhatIDid), ("Reflection", entry.Reflection)]),
        };
        if (entry.Objectives.Count > 0)
        {
            blocks.Add(new DocumentList(
            [
                .. entry.Objectives.Select(r =>
                    $"{Describe(r.ObjectiveId, objectives)}: {LogbookRules.Name(r.Rating)}"
                    + (r.Comment is { } comment ? $". {comment}" : "")),
            ]));
        }

        if (entry.Evidence.Count > 0)
        {
            blocks.Add(new DocumentFacts([("Evidence", string.Join(", ", entry.Evidence.Select(e => e.FileName)))]));
        }

        blocks.AddRange(entry.Comments
            .OrderBy(c => c.CreatedAtUtc)
            .Select(c => new DocumentFacts([($"Comment from {c.AuthorName}", c.Text)])));
        var heading = entry.Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return new DocumentSection(heading, blocks);
    }

    private static string Describe(Guid objectiveId, IReadOnlyCollection<Objective> objectives) =>
        objectives.FirstOrDefault(o => o.Id == objectiveId)?.Description ?? "Objective";
}

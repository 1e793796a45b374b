using System.Text;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Monitoring;

namespace PlacementTracker.Core.Reminders;

/// <summary>
/// Once a week, from Monday, every coordinator gets the red and amber placements with their reasons, most urgent
/// first. The week is the period, so a server that was down on Monday sends it on its next run that week. A week
/// with nothing red or amber sends nothing.
/// </summary>
public sealed class WeeklyDigestReminders(PlacementDbContext db, CaseloadLoader caseload) : IReminderFinder
{
    /// <summary>The most placements one email lists; the rest are counted and left to the caseload page.</summary>
    public const int MostListed = 100;

    public ReminderKind Kind => ReminderKind.WeeklyDigest;

    public async Task<IReadOnlyList<DueReminder>> FindAsync(
        DateOnly today,
        CancellationToken cancellationToken = default)
    {
        var coordinators = (await ReminderRecipients.CoordinatorsAsync(db, cancellationToken)).Distinct().ToList();
        if (coordinators.Count == 0)
        {
            return [];
        }

        // Coordinators all see every placement, so one caseload serves them all.
        var viewer = new Access.Viewer(coordinators[0], new HashSet<string> { Roles.PlacementCoordinator });
        var entries = await caseload.EntriesAsync(caseload.LivePlacements(viewer), cancellationToken);
        var urgent = Caseload.ByUrgency(entries.Where(e => e.Status != RagStatus.Green)).ToList();
        if (urgent.Count == 0)
        {
            return [];
        }

        var red = urgent.Count(e => e.Status == RagStatus.Red);
        var subject = $"Placements needing attention: {red} red, {urgent.Count - red} amber";
        var body = Body(urgent, red);
        return [.. coordinators.Select(coordinator => new DueReminder(
            Kind, Guid.Empty, coordinator, ReminderPeriods.Week(today), subject, body, "Caseload"))];
    }

    private static string Body(List<CaseloadEntry> urgent, int red)
    {
        var body = new StringBuilder()
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                $"{red} red and {urgent.Count - red} amber placements this week, most urgent first.");
        foreach (var entry in urgent.Take(MostListed))
        {
            body.AppendLine()
                .AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                    $"{StatusReasonNames.For(entry.Status)}: {entry.StudentName} at {entry.EmployerName}");
            foreach (var reason in entry.Assessment.Reasons)
            {
                body.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"- {reason.Sentence}");
            }
        }

        if (urgent.Count > MostListed)
        {
            body.AppendLine().AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                $"And {urgent.Count - MostListed} more: see the caseload page.");
        }

        return body.ToString();
    }
}

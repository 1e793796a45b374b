using System.Globalization;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Monitoring;

/// <summary>
/// Gives a placement red, amber or green from its snapshot, with every reason behind it (docs/caseload.md). Each
/// rule is a plain function of the snapshot, the provider's settings and today's date, so the rules need no database.
/// </summary>
public static class PlacementStatusEngine
{
    /// <summary>"The last four weeks" for absence and lateness.</summary>
    public const int AttendanceWindowDays = 28;

    private static readonly ReviewKind[] FormalReviews = [ReviewKind.Start, ReviewKind.Middle, ReviewKind.End];

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Placements on the caseload: everything not yet completed or withdrawn.</summary>
    public static readonly PlacementStatus[] Live =
        [PlacementStatus.Planned, PlacementStatus.AwaitingAgreement, PlacementStatus.Active, PlacementStatus.OnHold];

    public static PlacementAssessment Assess(PlacementSnapshot placement, ProviderSettings settings, DateOnly today)
    {
        var ignored = StatusReasonNames.Parse(settings.IgnoredStatusReasons);
        var reasons = new StatusReason?[]
            {
                HoursBehind(placement, settings),
                CompletionAfterDeadline(placement, settings, today),
                ReviewOverdue(placement, settings, today),
                ReviewNotScheduled(placement, today),
                TimesheetsWaiting(placement, settings, today),
                NoLogbookEntry(placement, settings, today),
                AttendancePattern(placement, settings, today),
                AgreementNotSigned(placement, settings, today),
                DueDiligenceExpired(placement, today),
                ObjectivesOverdue(placement, today),
                ReviewNeedsImprovement(placement, settings),
                EmployerConcerns(placement, settings, today),
            }
            .OfType<StatusReason>()
            .Where(r => !ignored.Contains(r.Code))
            .OrderByDescending(r => r.Severity)
            .ToList();
        var status = reasons.Count == 0 ? RagStatus.Green : reasons.Max(r => r.Severity);
        return new PlacementAssessment(status, reasons);
    }

    /// <summary>The date the placement should be finished by: the deadline day in the student's final year.</summary>
    public static DateOnly Deadline(DateOnly studentExpectedEnd, ProviderSettings settings) =>
        new(studentExpectedEnd.Year, settings.PlacementDeadlineMonth, settings.PlacementDeadlineDay);

    /// <summary>Active and started: the rules about day-to-day progress apply.</summary>
    private static bool InProgress(PlacementSnapshot p, DateOnly today) =>
        p.Status == PlacementStatus.Active && p.PlannedStart <= today;

    public static StatusReason? HoursBehind(PlacementSnapshot p, ProviderSettings settings)
    {
        if (p.Status != PlacementStatus.Active || p.ExpectedMinutes <= 0 || p.CountedMinutes >= p.ExpectedMinutes)
        {
            return null;
        }

        var percent = (int)((long)p.CountedMinutes * 100 / p.ExpectedMinutes);
        var severity = percent < settings.HoursRedBelowPercent ? RagStatus.Red
            : percent < settings.HoursAmberBelowPercent ? RagStatus.Amber
            : (RagStatus?)null;
        return severity is null ? null : new StatusReason(StatusReasonCode.HoursBehind, severity.Value,
            $"Counted {Hours(p.CountedMinutes)} of {Hours(p.ExpectedMinutes)} hours expected by today ({percent}%): " +
            "check timesheets are submitted and agree how to catch up");
    }

    public static StatusReason? CompletionAfterDeadline(PlacementSnapshot p, ProviderSettings settings, DateOnly today)
    {
        if (!InProgress(p, today) || p.HoursReached)
        {
            return null;
        }

        var deadline = Deadline(p.StudentExpectedEnd, settings);
        var required = Hours(p.RequiredMinutes);
        if (p.ProjectedBeyondHorizon)
        {
            return new StatusReason(StatusReasonCode.CompletionAfterDeadline, RagStatus.Red,
                $"At the current rate the {required} required hours would take more than three years, " +
                $"long after the deadline of {Words(deadline)}: plan more hours or another placement");
        }

        return p.ProjectedCompletion is { } date && date > deadline
            ? new StatusReason(StatusReasonCode.CompletionAfterDeadline, RagStatus.Red,
                $"At the current rate the {required} required hours will be reached on {Words(date)}, after the " +
                $"deadline of {Words(deadline)}: plan more hours or another placement")
            : null;
    }

    public static StatusReason? ReviewOverdue(PlacementSnapshot p, ProviderSettings settings, DateOnly today)
    {
        if (p.Status != PlacementStatus.Active)
        {
            return null;
        }

        var overdue = p.Reviews
            .Where(r => FormalReviews.Contains(r.Kind) && r.HeldOn is null && r.DueOn < today)
            .OrderBy(r => r.DueOn)
            .FirstOrDefault();
        if (overdue?.DueOn is not { } due)
        {
            return null;
        }

        var days = today.DayNumber - due.DayNumber;
        var severity = days > settings.ReviewOverdueRedDays ? RagStatus.Red : RagStatus.Amber;
        return new StatusReason(StatusReasonCode.ReviewOverdue, severity,
            $"The {KindName(overdue.Kind)} review was due on {Words(due)} and has not been held " +
            $"({Days(days)} overdue): arrange it with the student and supervisor");
    }

    public static StatusReason? ReviewNotScheduled(PlacementSnapshot p, DateOnly today)
    {
        if (!InProgress(p, today))
        {
            return null;
        }

        var missing = FormalReviews
            .Where(kind => !p.Reviews.Any(r => r.Kind == kind && (r.DueOn is not null || r.HeldOn is not null)))
            .Select(KindName)
            .ToList();
        return missing.Count == 0 ? null : new StatusReason(StatusReasonCode.ReviewNotScheduled, RagStatus.Amber,
            $"No date is set for the {JoinWords(missing)} {(missing.Count == 1 ? "review" : "reviews")}: " +
            "schedule the formal reviews");
    }

    public static StatusReason? TimesheetsWaiting(PlacementSnapshot p, ProviderSettings settings, DateOnly today)
    {
        var waiting = p.WaitingTimesheetsSubmittedUtc
            .Select(LocalDate)
            .Where(d => today.DayNumber - d.DayNumber > settings.TimesheetApprovalDays)
            .Order()
            .ToList();
        return waiting.Count == 0 ? null : new StatusReason(StatusReasonCode.TimesheetsWaiting, RagStatus.Amber,
            $"{Counted(waiting.Count, "timesheet")} submitted more than {Days(settings.TimesheetApprovalDays)} ago " +
            $"{(waiting.Count == 1 ? "is" : "are")} waiting for approval (the oldest since {Words(waiting[0])}): " +
            "ask the supervisor to approve or return them");
    }

    public static StatusReason? NoLogbookEntry(PlacementSnapshot p, ProviderSettings settings, DateOnly today)
    {
        if (!InProgress(p, today))
        {
            return null;
        }

        var since = p.LastLogbookEntry ?? p.PlannedStart;
        var days = today.DayNumber - since.DayNumber;
        if (days < settings.LogbookGapDays)
        {
            return null;
        }

        var what = p.LastLogbookEntry is { } last
            ? $"No logbook entry since {Words(last)} ({Days(days)})"
            : $"No logbook entry since the placement started on {Words(p.PlannedStart)} ({Days(days)})";
        return new StatusReason(StatusReasonCode.NoLogbookEntry, RagStatus.Amber,
            $"{what}: remind the student to keep their logbook");
    }

    public static StatusReason? AttendancePattern(PlacementSnapshot p, ProviderSettings settings, DateOnly today)
    {
        var from = today.AddDays(1 - AttendanceWindowDays);
        var recent = p.RecentAttendance.Where(a => a.Date >= from && a.Date <= today).ToList();
        var absences = recent.Count(a => a.Kind == AttendanceKind.UnauthorisedAbsence);
        var late = recent.Count(a => a.Kind == AttendanceKind.Lateness);
        if (absences + late < settings.AttendanceConcernCount)
        {
            return null;
        }

        var parts = new[]
        {
            absences == 0 ? null : Counted(absences, "unauthorised absence", "unauthorised absences"),
            late == 0 ? null : Counted(late, "late arrival"),
        }.OfType<string>();
        return new StatusReason(StatusReasonCode.AttendancePattern, RagStatus.Amber,
            $"{string.Join(" and ", parts)} in the last four weeks: talk to the student and the supervisor");
    }

    public static StatusReason? AgreementNotSigned(PlacementSnapshot p, ProviderSettings settings, DateOnly today)
    {
        if (p.AgreementFullySigned || p.Status == PlacementStatus.OnHold)
        {
            return null;
        }

        var daysToStart = p.PlannedStart.DayNumber - today.DayNumber;
        if (daysToStart > settings.AgreementSigningDays)
        {
            return null;
        }

        return daysToStart > 0
            ? new StatusReason(StatusReasonCode.AgreementNotSigned, RagStatus.Amber,
                $"The agreement is not fully signed and the placement starts on {Words(p.PlannedStart)} " +
                $"(in {Days(daysToStart)}): chase the missing signatures")
            : new StatusReason(StatusReasonCode.AgreementNotSigned, RagStatus.Red,
                $"The agreement is not fully signed and the placement started on {Words(p.PlannedStart)}: " +
                "get it signed by student, provider and employer");
    }

    public static StatusReason? DueDiligenceExpired(PlacementSnapshot p, DateOnly today)
    {
        var expired = p.ExpiredChecks
            .Where(c => DueDiligenceRules.Status(c.ExpiresOn, today, 0) == DueDiligenceStatus.Expired)
            .OrderBy(c => c.ExpiresOn)
            .ToList();
        if (expired.Count == 0)
        {
            return null;
        }

        var checks = string.Join("; ", expired.Select(c =>
            $"{DueDiligenceRules.KindName(c.Kind).ToLower(English)} on {Words(c.ExpiresOn)}"));
        return new StatusReason(StatusReasonCode.DueDiligenceExpired, RagStatus.Red,
            $"The employer's {(expired.Count == 1 ? "check" : "checks")} expired ({checks}): " +
            "record a new check with the employer");
    }

    public static StatusReason? ObjectivesOverdue(PlacementSnapshot p, DateOnly today)
    {
        if (p.Status != PlacementStatus.Active)
        {
            return null;
        }

        var overdue = p.OverdueObjectives
            .Where(o => o.TargetDate < today && o.Status != ObjectiveStatus.Achieved)
            .OrderBy(o => o.TargetDate)
            .ToList();
        return overdue.Count == 0 ? null : new StatusReason(StatusReasonCode.ObjectivesOverdue, RagStatus.Amber,
            $"{Counted(overdue.Count, "objective")} past {(overdue.Count == 1 ? "its" : "their")} target date and " +
            $"not achieved (the earliest due {Words(overdue[0].TargetDate)}): review or revise them");
    }

    public static StatusReason? ReviewNeedsImprovement(PlacementSnapshot p, ProviderSettings settings)
    {
        var last = p.Reviews
            .Where(r => r.HeldOn is not null)
            .OrderByDescending(r => r.HeldOn)
            .FirstOrDefault();
        if (last is null || last.LowestRatedAreas.Count < settings.NeedsImprovementAreas)
        {
            return null;
        }

        return new StatusReason(StatusReasonCode.ReviewNeedsImprovement, RagStatus.Amber,
            $"The {KindName(last.Kind)} review on {Words(last.HeldOn!.Value)} rated " +
            $"{Counted(last.LowestRatedAreas.Count, "area")} \"{last.LowestLevelName ?? "Needs improvement"}\" " +
            $"({string.Join(", ", last.LowestRatedAreas)}): agree actions and check them at the next review");
    }

    public static StatusReason? EmployerConcerns(PlacementSnapshot p, ProviderSettings settings, DateOnly today)
    {
        var from = today.AddDays(-settings.ConcernNoteDays);
        var recent = p.RecentEmployerConcerns.Where(d => d >= from && d <= today).OrderDescending().ToList();
        return recent.Count == 0 ? null : new StatusReason(StatusReasonCode.EmployerConcerns, RagStatus.Amber,
            $"The employer raised {Counted(recent.Count, "concern")} in the last {Days(settings.ConcernNoteDays)} " +
            $"(the latest on {Words(recent[0])}): follow them up with the supervisor");
    }

    public static string KindName(ReviewKind kind) => kind switch
    {
        ReviewKind.Start => "start",
        ReviewKind.Middle => "middle",
        ReviewKind.End => "end",
        _ => "informal",
    };

    private static DateOnly LocalDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc),
            TimeRules.London));

    private static string Hours(int minutes) =>
        (minutes / 60m).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Words(DateOnly date) => TimeRules.Words(date);

    private static string Days(int days) => Counted(days, "day");

    private static string Counted(int count, string one, string? many = null) =>
        count == 1 ? $"1 {one}" : string.Create(CultureInfo.InvariantCulture, $"{count} {many ?? one + "s"}");

    private static string JoinWords(List<string> words) =>
        words.Count == 1 ? words[0] : $"{string.Join(", ", words.Take(words.Count - 1))} and {words[^1]}";
}

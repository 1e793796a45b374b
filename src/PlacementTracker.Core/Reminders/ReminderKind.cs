namespace PlacementTracker.Core.Reminders;

/// <summary>What a reminder is about. Stored by name, so the order here can change.</summary>
public enum ReminderKind
{
    ReviewDue,
    TimesheetAwaitingApproval,
    LogbookStale,
    AgreementAwaitingSignature,
    DueDiligenceExpiring,

    /// <summary>The Monday summary of red and amber placements for coordinators, from the caseload status.</summary>
    WeeklyDigest,
}

public static class ReminderKinds
{
    public static string DisplayName(ReminderKind kind) => kind switch
    {
        ReminderKind.ReviewDue => "Review due within 7 days",
        ReminderKind.TimesheetAwaitingApproval => "Timesheet awaiting approval",
        ReminderKind.LogbookStale => "Logbook not written in",
        ReminderKind.AgreementAwaitingSignature => "Agreement awaiting a signature",
        ReminderKind.DueDiligenceExpiring => "Due-diligence check expiring",
        ReminderKind.WeeklyDigest => "Weekly digest of red and amber placements",
        _ => kind.ToString(),
    };
}

namespace PlacementTracker.Core.Employers;

public static class DueDiligenceRules
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today's date where the provider is, which is what an expiry date means to them.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);

    /// <summary>
    /// A check is expired once its expiry date has passed, and expiring soon when it ends within
    /// <paramref name="warningDays"/> days from today (today included).
    /// </summary>
    public static DueDiligenceStatus Status(DateOnly expiresOn, DateOnly today, int warningDays) =>
        expiresOn < today ? DueDiligenceStatus.Expired
        : expiresOn <= today.AddDays(warningDays) ? DueDiligenceStatus.ExpiringSoon
        : DueDiligenceStatus.Current;

    public static string KindName(DueDiligenceKind kind) => kind switch
    {
        DueDiligenceKind.EmployersLiabilityInsurance => "Employer's liability insurance",
        DueDiligenceKind.HealthAndSafetyPolicy => "Health and safety policy",
        DueDiligenceKind.RiskAssessment => "Risk assessment",
        DueDiligenceKind.Safeguarding => "Safeguarding",
        DueDiligenceKind.DataProtection => "Data protection",
        _ => kind.ToString(),
    };

    public static string KindName(AccountabilityKind kind) => kind switch
    {
        AccountabilityKind.Supervision => "Supervision",
        AccountabilityKind.HealthAndSafety => "Health and safety",
        AccountabilityKind.LineManagement => "Line management",
        AccountabilityKind.SafeguardingContact => "Safeguarding contact",
        _ => kind.ToString(),
    };
}

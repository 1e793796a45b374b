namespace PlacementTracker.Core.Demo;

/// <summary>Today and the two T Level cohorts in college today, as the injected clock tells them.</summary>
internal sealed class DemoCalendar
{
    public DemoCalendar(DateTimeOffset now)
    {
        NowUtc = now.UtcDateTime;
        Today = DateOnly.FromDateTime(NowUtc);

        // From August the college plans for the year starting in September.
        var academicYear = Today.Month >= 8 ? Today.Year : Today.Year - 1;
        FirstYear = new DemoCohort(academicYear);
        SecondYear = new DemoCohort(academicYear - 1);
    }

    public DateTime NowUtc { get; }

    public DateOnly Today { get; }

    public DemoCohort FirstYear { get; }

    public DemoCohort SecondYear { get; }

    public int DaysUntil(DateOnly date) => date.DayNumber - Today.DayNumber;
}

/// <summary>Students who started their two-year T Level in September of the same year.</summary>
internal sealed record DemoCohort(int StartYear)
{
    public string Name => $"{StartYear} to {StartYear + 2}";

    public DateOnly Start => new(StartYear, 9, 1);

    public DateOnly ExpectedEnd => new(StartYear + 2, 7, 31);
}

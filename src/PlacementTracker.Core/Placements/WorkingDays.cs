namespace PlacementTracker.Core.Placements;

/// <summary>
/// Days of the week, combinable: when a student is available and when an opportunity needs them, in the same
/// terms so the two can be matched.
/// </summary>
[Flags]
public enum WorkingDays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
}

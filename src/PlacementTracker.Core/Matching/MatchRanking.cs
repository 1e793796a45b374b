using System.Globalization;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Matching;

/// <summary>
/// Ranks opportunities for a student and students for an opportunity. An opportunity that does not suit the
/// student's occupational specialism is never suggested, because its hours would not count towards their
/// T Level; every other factor adds or takes away points and says why. docs/placements.md lists the weights.
/// </summary>
public static class MatchRanking
{
    public const int SpecialismPoints = 40;
    public const int AllDaysPoints = 20;
    public const int NoDaysPoints = -20;
    public const int SameDistrictPoints = 15;
    public const int SameAreaPoints = 8;
    public const int OtherAreaPoints = -10;
    public const int RemotePoints = 3;
    public const int SupportPoints = 5;
    public const int PriorLearningPointsPerWord = 3;
    public const int PriorLearningMaxPoints = 9;
    public const int NoPriorLearningOverlapPoints = -5;
    public const int StartsInTimePoints = 5;
    public const int StartsAfterCourseEndsPoints = -30;
    public const int StartWindowPassedPoints = -15;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyList<Suggestion<OpportunityProfile>> OpportunitiesFor(
        StudentProfile student,
        IEnumerable<OpportunityProfile> opportunities,
        DateOnly today) =>
        [.. opportunities
            .Select(o => Assess(student, o, today) is { } a
                ? new Suggestion<OpportunityProfile>(o, a.Score, a.Reasons)
                : null)
            .OfType<Suggestion<OpportunityProfile>>()
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Candidate.StartFrom ?? DateOnly.MaxValue)
            .ThenBy(s => s.Candidate.RoleTitle, StringComparer.Ordinal)
            .ThenBy(s => s.Candidate.Id)];

    public static IReadOnlyList<Suggestion<StudentProfile>> StudentsFor(
        OpportunityProfile opportunity,
        IEnumerable<StudentProfile> students,
        DateOnly today) =>
        [.. students
            .Select(s => Assess(s, opportunity, today) is { } a
                ? new Suggestion<StudentProfile>(s, a.Score, a.Reasons)
                : null)
            .OfType<Suggestion<StudentProfile>>()
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Candidate.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Candidate.Id)];

    /// <summary>The score and reasons for one pairing; null when the opportunity does not suit the student.</summary>
    public static (int Score, IReadOnlyList<MatchReason> Reasons)? Assess(
        StudentProfile student,
        OpportunityProfile opportunity,
        DateOnly today)
    {
        if (!opportunity.SpecialismCodes.Contains(student.SpecialismCode))
        {
            return null;
        }

        var factors = new List<(int Points, MatchReason Reason)>
        {
            (SpecialismPoints, For("Suits the student's occupational specialism")),
            Days(student.Availability, opportunity.WorkingDays),
            Travel(student, opportunity),
        };
        if (opportunity.RemoteWorkPossible)
        {
            factors.Add((RemotePoints, For("Some remote work is possible")));
        }

        if (student.HasAdjustments && opportunity.EmployerNotesSupport)
        {
            factors.Add((SupportPoints, For("Employer has noted how it supports adjustments")));
        }

        factors.AddRange(PriorLearning(student.PriorLearning, opportunity));
        factors.Add(StartWindow(student.CourseEnds, opportunity, today));
        return (factors.Sum(f => f.Points), [.. factors.Select(f => f.Reason)]);
    }

    public static (int Points, MatchReason Reason) Days(WorkingDays available, WorkingDays needed)
    {
        if (needed == WorkingDays.None)
        {
            return (0, Neutral("The opportunity's working days are not recorded"));
        }

        if (available == WorkingDays.None)
        {
            return (0, Neutral("The student's availability is not recorded"));
        }

        var neededDays = DaysIn(needed);
        var missing = DaysIn(needed & ~available);
        if (missing.Count == 0)
        {
            return (AllDaysPoints, For($"Available on all the working days ({string.Join(", ", neededDays)})"));
        }

        if (missing.Count == neededDays.Count)
        {
            return (NoDaysPoints, Against(
                $"Not available on any of the working days ({string.Join(", ", neededDays)})"));
        }

        var availableCount = neededDays.Count - missing.Count;
        return (AllDaysPoints * availableCount / neededDays.Count / 2, Neutral(
            $"Available on {availableCount} of the {neededDays.Count} working days; " +
            $"not on {string.Join(", ", missing)}"));
    }

    /// <summary>
    /// No distances or journey times are held, so travel compares postcode districts and areas only, and says so.
    /// </summary>
    public static (int Points, MatchReason Reason) Travel(StudentProfile student, OpportunityProfile opportunity)
    {
        if (student.Postcode is not { } home || District(home) is not { } homeDistrict)
        {
            return (0, Neutral("Home postcode not recorded, so travel could not be compared"));
        }

        if (opportunity.SitePostcode is not { } site || District(site) is not { } siteDistrict)
        {
            return (0, Neutral("No site postcode for the opportunity, so travel could not be compared"));
        }

        var limit = LimitText(student);
        if (homeDistrict == siteDistrict)
        {
            return (SameDistrictPoints, For($"Same postcode district as home ({homeDistrict})"));
        }

        if (Area(homeDistrict) == Area(siteDistrict))
        {
            return (SameAreaPoints, For(
                $"Same postcode area as home ({Area(homeDistrict)}) but a different district " +
                $"({homeDistrict} and {siteDistrict}); distances are not held, so check the journey{limit}"));
        }

        return (OtherAreaPoints, Against(
            $"Different postcode area from home ({Area(homeDistrict)} and {Area(siteDistrict)}); distances are " +
            $"not held, so check the journey{limit}"));
    }

    /// <summary>
    /// A simple word match between the student's prior learning and the opportunity's minimum starting
    /// requirements and suggested prior learning; it says so, so nobody mistakes it for an assessment.
    /// </summary>
    public static IEnumerable<(int Points, MatchReason Reason)> PriorLearning(
        string? priorLearning,
        OpportunityProfile opportunity)
    {
        var wanted = Words($"{opportunity.MinimumStartingRequirements} {opportunity.SuggestedPriorLearning}");
        if (wanted.Count == 0)
        {
            yield break;
        }

        var had = Words(priorLearning);
        if (had.Count == 0)
        {
            yield return (0, Neutral("No prior learning recorded to compare with the starting requirements"));
            yield break;
        }

        var shared = wanted.Intersect(had, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (shared.Count == 0)
        {
            yield return (NoPriorLearningOverlapPoints, Against(
                "Prior learning shares no words with the starting requirements (a simple word match): check them"));
            yield break;
        }

        yield return (Math.Min(PriorLearningMaxPoints, PriorLearningPointsPerWord * shared.Count), For(
            $"Prior learning mentions {string.Join(", ", shared.Take(5))} from the starting requirements " +
            "(a simple word match)"));
    }

    public static (int Points, MatchReason Reason) StartWindow(
        DateOnly courseEnds,
        OpportunityProfile opportunity,
        DateOnly today)
    {
        if (opportunity.StartTo is { } latest && latest < today)
        {
            return (StartWindowPassedPoints, Against($"The latest start date ({Date(latest)}) has passed"));
        }

        if (opportunity.StartFrom is { } earliest && earliest > courseEnds)
        {
            return (StartsAfterCourseEndsPoints, Against(
                $"Starts from {Date(earliest)}, after the student's course ends ({Date(courseEnds)})"));
        }

        if (opportunity.StartFrom is null && opportunity.StartTo is null)
        {
            return (0, Neutral("No start dates given"));
        }

        return (StartsInTimePoints, For($"Can start before the student's course ends ({Date(courseEnds)})"));
    }

    /// <summary>The outward code of a normalised postcode, such as LS1 from "LS1 1AA".</summary>
    public static string? District(string postcode)
    {
        var outward = postcode.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return outward.Length == 2 ? outward[0].ToUpperInvariant() : null;
    }

    /// <summary>The letters that start a postcode district, such as LS from LS1.</summary>
    public static string Area(string district) => new([.. district.TakeWhile(char.IsLetter)]);

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "able", "about", "also", "and", "basic", "been", "can", "desirable", "either", "essential", "for", "from",
        "good", "have", "helpful", "including", "into", "level", "some", "such", "that", "the", "their", "this",
        "useful", "using", "well", "will", "with", "would", "your",
    };

    private static HashSet<string> Words(string? text)
    {
        var spaced = new string([.. (text ?? "").ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')]);
        return [.. spaced
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && !CommonWords.Contains(w))];
    }

    private static List<string> DaysIn(WorkingDays days) =>
        [.. Enum.GetValues<WorkingDays>()
            .Where(d => d != WorkingDays.None && days.HasFlag(d))
            .Select(d => d.ToString())];

    private static string LimitText(StudentProfile student) => (student.TravelMaxMiles, student.TravelMaxMinutes) switch
    {
        ({ } miles, _) => $" against the student's limit of {miles} miles",
        (_, { } minutes) => $" against the student's limit of {minutes} minutes",
        _ => "",
    };

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    private static MatchReason For(string text) => new(text, MatchEffect.InFavour);

    private static MatchReason Against(string text) => new(text, MatchEffect.Against);

    private static MatchReason Neutral(string text) => new(text, MatchEffect.Neutral);
}

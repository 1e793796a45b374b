using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Matching;

/// <summary>What matching needs to know about a student. Whether they have adjustments, never what they are.</summary>
public sealed record StudentProfile(
    Guid Id,
    string Name,
    string SpecialismCode,
    WorkingDays Availability,
    string? Postcode,
    int? TravelMaxMiles,
    int? TravelMaxMinutes,
    bool HasAdjustments,
    string? PriorLearning,
    DateOnly CourseEnds);

/// <summary>What matching needs to know about an open opportunity with places left.</summary>
public sealed record OpportunityProfile(
    Guid Id,
    string RoleTitle,
    string EmployerName,
    IReadOnlyCollection<string> SpecialismCodes,
    WorkingDays WorkingDays,
    string? SitePostcode,
    bool RemoteWorkPossible,
    bool EmployerNotesSupport,
    string? MinimumStartingRequirements,
    string? SuggestedPriorLearning,
    DateOnly? StartFrom,
    DateOnly? StartTo,
    int PlacesLeft);

public enum MatchEffect
{
    InFavour,
    Against,
    Neutral,
}

/// <summary>One sentence saying why a suggestion ranks where it does, and which way it pulls.</summary>
public sealed record MatchReason(string Text, MatchEffect Effect);

/// <summary>A suggested opportunity for a student, or student for an opportunity, with its score and reasons.</summary>
public sealed record Suggestion<T>(T Candidate, int Score, IReadOnlyList<MatchReason> Reasons);

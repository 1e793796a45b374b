using PlacementTracker.Core.Agreements;

namespace PlacementTracker.Core.Placements;

/// <summary>
/// Which status a placement may move to next, and what must hold before it becomes active. Completed and
/// Withdrawn are final: nothing follows them.
/// </summary>
public static class PlacementStatusFlow
{
    private static readonly Dictionary<PlacementStatus, PlacementStatus[]> Next = new()
    {
        [PlacementStatus.Planned] = [PlacementStatus.AwaitingAgreement, PlacementStatus.Withdrawn],
        [PlacementStatus.AwaitingAgreement] =
            [PlacementStatus.Active, PlacementStatus.Planned, PlacementStatus.Withdrawn],
        [PlacementStatus.Active] = [PlacementStatus.OnHold, PlacementStatus.Completed, PlacementStatus.Withdrawn],
        [PlacementStatus.OnHold] = [PlacementStatus.Active, PlacementStatus.Withdrawn],
        [PlacementStatus.Completed] = [],
        [PlacementStatus.Withdrawn] = [],
    };

    public const string AgreementNotSigned =
        "The agreement must be signed by the student, the provider and the employer before the placement " +
        "becomes active";

    private static readonly SignerCapacity[] RequiredSigners =
        [SignerCapacity.Student, SignerCapacity.Provider, SignerCapacity.Employer];

    public static IReadOnlyList<PlacementStatus> NextStatuses(PlacementStatus from) => Next[from];

    public static bool Allows(PlacementStatus from, PlacementStatus to) => Next[from].Contains(to);

    /// <summary>Whether the placement still counts towards places and employers: every status but Withdrawn.</summary>
    public static bool Counts(PlacementStatus status) => status != PlacementStatus.Withdrawn;

    /// <summary>The message for a move the flow does not allow, naming the moves it does.</summary>
    public static string Refusal(PlacementStatus from, PlacementStatus to)
    {
        var allowed = Next[from];
        return allowed.Length == 0
            ? $"A placement that is {Words(from)} cannot change status"
            : $"A placement that is {Words(from)} cannot become {Words(to)}. " +
              $"It can become {string.Join(" or ", allowed.Select(Words))}";
    }

    /// <summary>
    /// True when the current agreement has a standing signature from the student, the provider and the
    /// employer, each made on the document's content as it is now.
    /// </summary>
    public static bool AgreementIsFullySigned(SignedDocument? agreement) =>
        agreement is { Kind: DocumentKind.Agreement, ReplacedAtUtc: null }
        && RequiredSigners.All(capacity => agreement.Signatures.Any(s =>
            s.Capacity == capacity
            && s.VoidedAtUtc is null
            && string.Equals(s.ContentHash, agreement.ContentHash, StringComparison.Ordinal)));

    public static string Words(PlacementStatus status) => status switch
    {
        PlacementStatus.AwaitingAgreement => "awaiting agreement",
        PlacementStatus.OnHold => "on hold",
        _ => status.ToString().ToLowerInvariant(),
    };
}

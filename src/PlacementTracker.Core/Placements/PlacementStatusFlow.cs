
namespace PlacementTracker.Core.Placements;

/// <summary>
/// Which status a placement may move to next, and what must hold before it becomes active. Completed and
/// Withdrawn are final for a status change: nothing follows them. The one way back from Completed is reopening the
/// signed completion declaration (<see cref="AllowsReopening"/>), which makes the placement active again.
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

    /// <summary>The history's reason when the declaration's last signature completes the placement.</summary>
    public const string DeclarationSignedReason = "Completion declaration signed by provider and employer";

    /// <summary>The history's reason, before the coordinator's words, when the completion record is reopened.</summary>
    public const string ReopenedReason = "Completion record reopened";

    /// <summary>
    /// Only a completed placement goes back to active when its completion record is reopened: it is being worked on
    /// again, and from active the usual moves (on hold, withdrawn, completed) are open once more.
    /// </summary>
    public static bool AllowsReopening(PlacementStatus from) => from == PlacementStatus.Completed;

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

    public static string Words(PlacementStatus status) => status switch
    {
        PlacementStatus.AwaitingAgreement => "awaiting agreement",
        PlacementStatus.OnHold => "on hold",
        _ => status.ToString().ToLowerInvariant(),
    };
}

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Core.Completion;

/// <summary>
/// Once provider and employer have signed the completion declaration, the placement record is read-only until a
/// coordinator reopens it. Every service that changes a placement's record asks here first.
/// </summary>
public sealed class RecordLock(PlacementDbContext db)
{
    public const string LockedMessage =
        "The completion declaration has been signed, so this placement can no longer be changed. " +
        "A coordinator can reopen it with a reason.";

    public Task<bool> IsLockedAsync(Guid placementId, CancellationToken cancellationToken = default) =>
        db.Placements.AnyAsync(
            p => p.Id == placementId && p.IndustryPlacement!.RecordLockedAtUtc != null,
            cancellationToken);
}

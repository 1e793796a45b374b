using System.Security.Claims;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Logbook;
using PlacementTracker.Core.Placements;
using PlacementTracker.Web.Employers;
using PlacementTracker.Web.Pages.Placements.Plan;

namespace PlacementTracker.Web.Pages.Placements.Logbook;

/// <summary>What the logbook pages share: finding the placement for someone who may see it, and evidence files.</summary>
public static class LogbookPlacement
{
    public static Task<Placement?> FindAsync(AccessScope scope, ClaimsPrincipal user, Guid id) =>
        PlanPlacement.FindAsync(scope, user, id);

    public static IReadOnlyList<Infrastructure.FieldOption> RatingOptions { get; } =
    [
        .. Enum.GetValues<LogbookRating>()
            .Select(r => new Infrastructure.FieldOption(r.ToString(), LogbookRules.Name(r))),
    ];

    /// <summary>
    /// Checks an upload by its size, extension and first bytes, the same rules as due-diligence evidence;
    /// returns the record to save, or the message saying what to do.
    /// </summary>
    public static async Task<(LogbookEvidence? Evidence, string? Error)> CheckAsync(IFormFile file)
    {
        var head = new byte[EvidenceFileRules.SignatureLength];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false);
        var check = EvidenceFileRules.Check(file.FileName, file.Length, head.AsSpan(0, read));
        return check.IsAccepted
            ? (new LogbookEvidence
            {
                FileName = Path.GetFileName(file.FileName),
                ContentType = check.ContentType!,
                Size = file.Length,
            }, null)
            : (null, check.Error);
    }

    public static async Task StoreAsync(EvidenceStore store, IFormFile file, LogbookEvidence evidence)
    {
        await using var content = file.OpenReadStream();
        evidence.StoredName = await store.SaveAsync(content);
    }
}

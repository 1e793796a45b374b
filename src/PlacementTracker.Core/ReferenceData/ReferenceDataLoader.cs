using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Core.ReferenceData;

/// <summary>Fills empty reference tables from the shipped files on first start.</summary>
public sealed class ReferenceDataLoader(PlacementDbContext db)
{
    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Routes.AnyAsync(cancellationToken))
        {
            return false;
        }

        db.Routes.AddRange(ReferenceDataFiles.ReadRoutes());
        db.Pathways.AddRange(ReferenceDataFiles.ReadPathways());
        db.Specialisms.AddRange(ReferenceDataFiles.ReadSpecialisms());
        db.SpecialConsiderationReasons.AddRange(ReferenceDataFiles.ReadSpecialConsiderationReasons());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

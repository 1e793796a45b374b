using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Core.Reviews;

/// <summary>
/// The default progress-indicator framework of DOMAIN.md, loaded into an empty database on first start;
/// administrators can change it afterwards.
/// </summary>
public sealed class ProgressIndicatorDefaults(PlacementDbContext db)
{
    public static readonly IReadOnlyList<string> Areas =
    [
        "Attendance",
        "Timekeeping",
        "Communication",
        "Teamwork",
        "Attitude and professionalism",
        "Initiative",
        "Resilience",
        "Technical skills",
        "Quality of work",
    ];

    public static readonly IReadOnlyList<string> Levels = ["Needs improvement", "Good", "Excellent"];

    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.ProgressIndicatorAreas.AnyAsync(cancellationToken)
            || await db.ProgressIndicatorLevels.AnyAsync(cancellationToken))
        {
            return false;
        }

        db.ProgressIndicatorAreas.AddRange(Areas.Select((name, i) =>
            new ProgressIndicatorArea { Id = Guid.NewGuid(), Name = name, Position = i + 1 }));
        db.ProgressIndicatorLevels.AddRange(Levels.Select((name, i) =>
            new ProgressIndicatorLevel { Id = Guid.NewGuid(), Name = name, Position = i + 1 }));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Progress;

namespace PlacementTracker.Core.Data;

internal sealed class ApprovedTimeTotalConfiguration : IEntityTypeConfiguration<ApprovedTimeTotal>
{
    public void Configure(EntityTypeBuilder<ApprovedTimeTotal> total)
    {
        total.HasKey(t => new { t.PlacementId, t.Kind });
        total.HasOne<Placement>().WithMany().HasForeignKey(t => t.PlacementId).OnDelete(DeleteBehavior.Cascade);
        total.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
    }
}

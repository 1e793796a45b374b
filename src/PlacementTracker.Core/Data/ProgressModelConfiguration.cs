using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlacementTracker.Core.Progress;

namespace PlacementTracker.Core.Data;

internal sealed class ClosureDayConfiguration : IEntityTypeConfiguration<ClosureDay>
{
    public void Configure(EntityTypeBuilder<ClosureDay> day)
    {
        day.HasIndex(d => d.Date).IsUnique();
        day.Property(d => d.Description).HasMaxLength(ClosureDays.MaxDescriptionLength);
    }
}

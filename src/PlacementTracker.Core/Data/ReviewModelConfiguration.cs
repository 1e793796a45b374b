using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Reviews;

namespace PlacementTracker.Core.Data;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> review)
    {
        review.HasOne<Placement>().WithMany().HasForeignKey(r => r.PlacementId);
        review.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        review.Property(r => r.Version).IsConcurrencyToken();
        review.HasIndex(r => new { r.PlacementId, r.Kind });
    }
}

internal sealed class ProgressIndicatorAreaConfiguration : IEntityTypeConfiguration<ProgressIndicatorArea>
{
    public void Configure(EntityTypeBuilder<ProgressIndicatorArea> area) =>
        area.Property(a => a.Name).HasMaxLength(100);
}

internal sealed class ProgressIndicatorLevelConfiguration : IEntityTypeConfiguration<ProgressIndicatorLevel>
{
    public void Configure(EntityTypeBuilder<ProgressIndicatorLevel> level) =>
        level.Property(l => l.Name).HasMaxLength(100);
}

internal sealed class CompletionReviewConfiguration : IEntityTypeConfiguration<CompletionReview>
{
    public void Configure(EntityTypeBuilder<CompletionReview> review)
    {
        review.HasOne<Placement>().WithOne().HasForeignKey<CompletionReview>(r => r.PlacementId);
        review.HasIndex(r => r.PlacementId).IsUnique();
        review.Property(r => r.Version).IsConcurrencyToken();
    }
}

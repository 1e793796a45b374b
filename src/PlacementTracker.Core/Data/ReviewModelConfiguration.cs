using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
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
        review.HasMany(r => r.Ratings).WithOne().HasForeignKey(r => r.ReviewId);
        review.HasMany(r => r.ObjectiveUpdates).WithOne().HasForeignKey(u => u.ReviewId);
        review.HasMany(r => r.Actions).WithOne().HasForeignKey(a => a.ReviewId);
        review.HasMany(r => r.Confirmations).WithOne().HasForeignKey(c => c.ReviewId);
        review.Property(r => r.Attendees).HasMaxLength(1000);
        review.Property(r => r.EmployerFeedback).HasMaxLength(4000);
        review.Property(r => r.StudentFeedback).HasMaxLength(4000);
        review.Property(r => r.ProviderNotes).HasMaxLength(4000);
    }
}

internal sealed class ReviewRatingConfiguration : IEntityTypeConfiguration<ReviewRating>
{
    public void Configure(EntityTypeBuilder<ReviewRating> rating)
    {
        rating.Property(r => r.AreaName).HasMaxLength(100);
        rating.Property(r => r.LevelName).HasMaxLength(100);
        rating.HasIndex(r => new { r.ReviewId, r.AreaId }).IsUnique();
    }
}

internal sealed class ReviewObjectiveUpdateConfiguration : IEntityTypeConfiguration<ReviewObjectiveUpdate>
{
    public void Configure(EntityTypeBuilder<ReviewObjectiveUpdate> update)
    {
        update.HasOne<Objective>().WithMany().HasForeignKey(u => u.ObjectiveId);
        update.Property(u => u.Status).HasConversion<string>().HasMaxLength(32);
        update.Property(u => u.Evidence).HasMaxLength(4000);
        update.HasIndex(u => new { u.ReviewId, u.ObjectiveId }).IsUnique();
    }
}

internal sealed class ReviewActionConfiguration : IEntityTypeConfiguration<ReviewAction>
{
    public void Configure(EntityTypeBuilder<ReviewAction> action)
    {
        action.Property(a => a.Description).HasMaxLength(1000);
        action.Property(a => a.Owner).HasMaxLength(200);
    }
}

internal sealed class ReviewConfirmationConfiguration : IEntityTypeConfiguration<ReviewConfirmation>
{
    public void Configure(EntityTypeBuilder<ReviewConfirmation> confirmation)
    {
        confirmation.Property(c => c.Capacity).HasConversion<string>().HasMaxLength(16);
        confirmation.Property(c => c.Name).HasMaxLength(200);
        confirmation.HasIndex(c => new { c.ReviewId, c.Capacity }).IsUnique();
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

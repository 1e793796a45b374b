using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlacementTracker.Core.Completion;

namespace PlacementTracker.Core.Data;

/// <summary>
/// The completion review's appraisal, end-of-placement and good-practice fields; its key, placement link and
/// concurrency token are configured with the reviews.
/// </summary>
internal sealed class CompletionReviewContentConfiguration : IEntityTypeConfiguration<CompletionReview>
{
    public void Configure(EntityTypeBuilder<CompletionReview> review)
    {
        review.Property(r => r.Strengths).HasMaxLength(CompletionRules.MaxTextLength);
        review.Property(r => r.AreasToDevelop).HasMaxLength(CompletionRules.MaxTextLength);
        review.Property(r => r.AppraisalCompletedByName).HasMaxLength(200);
        review.Property(r => r.Reflection).HasMaxLength(CompletionRules.MaxTextLength);
        review.Property(r => r.Achievements).HasMaxLength(CompletionRules.MaxTextLength);
        review.Property(r => r.NextSteps).HasMaxLength(CompletionRules.MaxTextLength);
        review.Property(r => r.EndOfPlacementCompletedByName).HasMaxLength(200);
        review.Property(r => r.SuccessFactors).HasMaxLength(CompletionRules.MaxTextLength);
        review.HasMany(r => r.Ratings).WithOne().HasForeignKey(r => r.CompletionReviewId);
    }
}

internal sealed class AppraisalRatingConfiguration : IEntityTypeConfiguration<AppraisalRating>
{
    public void Configure(EntityTypeBuilder<AppraisalRating> rating)
    {
        rating.Property(r => r.AreaName).HasMaxLength(100);
        rating.Property(r => r.LevelName).HasMaxLength(100);
        rating.HasIndex(r => new { r.CompletionReviewId, r.AreaId }).IsUnique();
    }
}

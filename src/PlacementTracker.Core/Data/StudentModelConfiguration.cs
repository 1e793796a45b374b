using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Data;

internal sealed class ReasonableAdjustmentConfiguration : IEntityTypeConfiguration<ReasonableAdjustment>
{
    public void Configure(EntityTypeBuilder<ReasonableAdjustment> adjustment)
    {
        adjustment.Property(a => a.Id).ValueGeneratedNever();
        adjustment.Property(a => a.Description).HasMaxLength(StudentRules.NoteLength);
        adjustment.HasIndex(a => a.StudentId);
    }
}

internal sealed class WorkReadinessRatingConfiguration : IEntityTypeConfiguration<WorkReadinessRating>
{
    public void Configure(EntityTypeBuilder<WorkReadinessRating> rating)
    {
        rating.HasKey(r => new { r.StudentId, r.Area });
        rating.Property(r => r.Area).HasMaxLength(100);
        rating.Property(r => r.Level).HasConversion<string>().HasMaxLength(32);
    }
}

internal sealed class PreparationTrainingConfiguration : IEntityTypeConfiguration<PreparationTraining>
{
    public void Configure(EntityTypeBuilder<PreparationTraining> training)
    {
        training.Property(t => t.Id).ValueGeneratedNever();
        training.Property(t => t.What).HasMaxLength(200);
        training.HasIndex(t => t.StudentId);
    }
}

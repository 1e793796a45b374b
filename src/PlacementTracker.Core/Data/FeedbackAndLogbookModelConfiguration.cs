using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlacementTracker.Core.Feedback;
using PlacementTracker.Core.Logbook;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;

namespace PlacementTracker.Core.Data;

internal sealed class FeedbackNoteConfiguration : IEntityTypeConfiguration<FeedbackNote>
{
    public void Configure(EntityTypeBuilder<FeedbackNote> note)
    {
        note.HasOne<Placement>().WithMany().HasForeignKey(n => n.PlacementId);
        note.Property(n => n.Area).HasConversion<string>().HasMaxLength(32);
        note.Property(n => n.Tone).HasConversion<string>().HasMaxLength(16);
        note.Property(n => n.Text).HasMaxLength(FeedbackRules.MaxTextLength);
        note.Property(n => n.AuthorName).HasMaxLength(256);
        note.HasIndex(n => new { n.PlacementId, n.Date });
    }
}

internal sealed class LogbookEntryConfiguration : IEntityTypeConfiguration<LogbookEntry>
{
    public void Configure(EntityTypeBuilder<LogbookEntry> entry)
    {
        entry.HasOne<Placement>().WithMany().HasForeignKey(e => e.PlacementId);
        entry.Property(e => e.WhatIDid).HasMaxLength(LogbookRules.MaxTextLength);
        entry.Property(e => e.Reflection).HasMaxLength(LogbookRules.MaxTextLength);
        entry.Property(e => e.Version).IsConcurrencyToken();
        entry.HasMany(e => e.Objectives).WithOne().HasForeignKey(o => o.EntryId);
        entry.HasMany(e => e.Evidence).WithOne().HasForeignKey(e => e.EntryId);
        entry.HasMany(e => e.Comments).WithOne().HasForeignKey(c => c.EntryId);
        entry.HasIndex(e => new { e.PlacementId, e.Date });
    }
}

internal sealed class LogbookObjectiveConfiguration : IEntityTypeConfiguration<LogbookObjective>
{
    public void Configure(EntityTypeBuilder<LogbookObjective> rating)
    {
        rating.HasKey(r => new { r.EntryId, r.ObjectiveId });
        rating.HasOne<Objective>().WithMany().HasForeignKey(r => r.ObjectiveId).OnDelete(DeleteBehavior.Restrict);
        rating.Property(r => r.Rating).HasConversion<string>().HasMaxLength(16);
        rating.Property(r => r.Comment).HasMaxLength(LogbookRules.MaxCommentLength);
    }
}

internal sealed class LogbookEvidenceConfiguration : IEntityTypeConfiguration<LogbookEvidence>
{
    public void Configure(EntityTypeBuilder<LogbookEvidence> evidence)
    {
        evidence.Property(e => e.FileName).HasMaxLength(256);
        evidence.Property(e => e.ContentType).HasMaxLength(128);
        evidence.Property(e => e.StoredName).HasMaxLength(64);
    }
}

internal sealed class LogbookCommentConfiguration : IEntityTypeConfiguration<LogbookComment>
{
    public void Configure(EntityTypeBuilder<LogbookComment> comment)
    {
        comment.Property(c => c.AuthorName).HasMaxLength(256);
        comment.Property(c => c.Text).HasMaxLength(LogbookRules.MaxCommentLength);
    }
}

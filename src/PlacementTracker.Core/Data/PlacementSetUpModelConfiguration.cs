using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.ReferenceData;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Data;

internal sealed class IndustryPlacementConfiguration : IEntityTypeConfiguration<IndustryPlacement>
{
    public void Configure(EntityTypeBuilder<IndustryPlacement> industryPlacement)
    {
        industryPlacement.HasOne<Student>().WithOne().HasForeignKey<IndustryPlacement>(i => i.StudentId);
        industryPlacement.HasIndex(i => i.StudentId).IsUnique();
        industryPlacement.Property(i => i.RequiredHoursReason).HasMaxLength(1000);
        industryPlacement.Property(i => i.SpecialConsiderationReasonCodes).HasMaxLength(64);
        industryPlacement.Property(i => i.SpecialConsiderationNote).HasMaxLength(2000);
        industryPlacement.Property(i => i.WillNotCompleteReason).HasMaxLength(1000);
        industryPlacement.Property(i => i.Version).IsConcurrencyToken();
        industryPlacement.HasMany(i => i.Placements).WithOne(p => p.IndustryPlacement)
            .HasForeignKey(p => p.IndustryPlacementId);
    }
}

internal sealed class PlacementStatusChangeConfiguration : IEntityTypeConfiguration<PlacementStatusChange>
{
    public void Configure(EntityTypeBuilder<PlacementStatusChange> change)
    {
        change.Property(c => c.From).HasConversion<string>().HasMaxLength(32);
        change.Property(c => c.To).HasConversion<string>().HasMaxLength(32);
        change.Property(c => c.Reason).HasMaxLength(1000);
        change.Property(c => c.ChangedByName).HasMaxLength(256);
        change.HasIndex(c => new { c.PlacementId, c.ChangedAtUtc });
    }
}

internal sealed class PlacementPlanConfiguration : IEntityTypeConfiguration<PlacementPlan>
{
    public void Configure(EntityTypeBuilder<PlacementPlan> plan)
    {
        plan.HasKey(p => p.PlacementId);
        plan.HasOne<Placement>().WithOne().HasForeignKey<PlacementPlan>(p => p.PlacementId);
        plan.HasOne<ObjectiveTemplate>().WithMany().HasForeignKey(p => p.TemplateId).OnDelete(DeleteBehavior.SetNull);
        plan.Property(p => p.Version).IsConcurrencyToken();
        plan.HasMany(p => p.Objectives).WithOne().HasForeignKey(o => o.PlacementId);
    }
}

internal sealed class ObjectiveConfiguration : IEntityTypeConfiguration<Objective>
{
    public void Configure(EntityTypeBuilder<Objective> objective)
    {
        objective.Property(o => o.Category).HasConversion<string>().HasMaxLength(32);
        objective.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        objective.Property(o => o.Status).HasConversion<string>().HasMaxLength(32);
        objective.Property(o => o.Description).HasMaxLength(1000);
        objective.Property(o => o.SpecialismSkill).HasMaxLength(500);
        objective.Property(o => o.SuccessCriteria).HasMaxLength(2000);
        objective.Property(o => o.Activities).HasMaxLength(2000);
        objective.Property(o => o.Version).IsConcurrencyToken();
    }
}

internal sealed class ObjectiveRevisionConfiguration : IEntityTypeConfiguration<ObjectiveRevision>
{
    public void Configure(EntityTypeBuilder<ObjectiveRevision> revision)
    {
        revision.Property(r => r.Reason).HasConversion<string>().HasMaxLength(32);
        revision.Property(r => r.ReasonNote).HasMaxLength(1000);
        revision.Property(r => r.RevisedByName).HasMaxLength(256);
        revision.HasOne<Objective>().WithMany().HasForeignKey(r => r.ObjectiveId);
        revision.HasIndex(r => new { r.PlacementId, r.RevisedAtUtc });
    }
}

internal sealed class ObjectiveTemplateConfiguration : IEntityTypeConfiguration<ObjectiveTemplate>
{
    public void Configure(EntityTypeBuilder<ObjectiveTemplate> template)
    {
        template.Property(t => t.SpecialismCode).HasMaxLength(8);
        template.Property(t => t.Name).HasMaxLength(200);
        template.Property(t => t.Version).IsConcurrencyToken();
        template.HasOne<Specialism>().WithMany().HasForeignKey(t => t.SpecialismCode);
        template.HasMany(t => t.Items).WithOne().HasForeignKey(i => i.TemplateId);
    }
}

internal sealed class ObjectiveTemplateItemConfiguration : IEntityTypeConfiguration<ObjectiveTemplateItem>
{
    public void Configure(EntityTypeBuilder<ObjectiveTemplateItem> item)
    {
        item.Property(i => i.Category).HasConversion<string>().HasMaxLength(32);
        item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
        item.Property(i => i.Description).HasMaxLength(1000);
        item.Property(i => i.SpecialismSkill).HasMaxLength(500);
        item.Property(i => i.SuccessCriteria).HasMaxLength(2000);
        item.Property(i => i.Activities).HasMaxLength(2000);
    }
}

internal sealed class SignedDocumentConfiguration : IEntityTypeConfiguration<SignedDocument>
{
    public void Configure(EntityTypeBuilder<SignedDocument> document)
    {
        document.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        document.Property(d => d.ContentHash).HasMaxLength(64);
        document.HasOne<Placement>().WithMany().HasForeignKey(d => d.PlacementId);
        document.HasIndex(d => new { d.PlacementId, d.Kind });
        document.HasMany(d => d.Signatures).WithOne().HasForeignKey(s => s.DocumentId);
    }
}

internal sealed class SignatureConfiguration : IEntityTypeConfiguration<Signature>
{
    public void Configure(EntityTypeBuilder<Signature> signature)
    {
        signature.Property(s => s.Capacity).HasConversion<string>().HasMaxLength(32);
        signature.Property(s => s.SignerName).HasMaxLength(256);
        signature.Property(s => s.ContentHash).HasMaxLength(64);
        signature.HasOne<AppUser>().WithMany().HasForeignKey(s => s.SignerUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

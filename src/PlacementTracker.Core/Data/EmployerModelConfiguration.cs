using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.ReferenceData;

namespace PlacementTracker.Core.Data;

internal sealed class EmployerContactConfiguration : IEntityTypeConfiguration<EmployerContact>
{
    public void Configure(EntityTypeBuilder<EmployerContact> contact)
    {
        contact.Property(c => c.Name).HasMaxLength(200);
        contact.Property(c => c.JobTitle).HasMaxLength(200);
        contact.Property(c => c.Email).HasMaxLength(256);
        contact.Property(c => c.Phone).HasMaxLength(40);
    }
}

internal sealed class AccountabilityConfiguration : IEntityTypeConfiguration<Accountability>
{
    public void Configure(EntityTypeBuilder<Accountability> accountability)
    {
        accountability.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        accountability.Property(a => a.PersonName).HasMaxLength(200);
        accountability.Property(a => a.Email).HasMaxLength(256);
        accountability.Property(a => a.Phone).HasMaxLength(40);
    }
}

internal sealed class DueDiligenceCheckConfiguration : IEntityTypeConfiguration<DueDiligenceCheck>
{
    public void Configure(EntityTypeBuilder<DueDiligenceCheck> check)
    {
        check.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
        check.Property(c => c.EvidenceStoredName).HasMaxLength(64);
        check.Property(c => c.EvidenceFileName).HasMaxLength(255);
        check.Property(c => c.EvidenceContentType).HasMaxLength(100);
        check.Ignore(c => c.HasEvidence);
        check.HasIndex(c => new { c.EmployerId, c.Kind }).IsUnique();
        check.HasIndex(c => c.ExpiresOn);
    }
}

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> opportunity)
    {
        opportunity.Property(o => o.RoleTitle).HasMaxLength(200);
        opportunity.Property(o => o.WorkingHours).HasMaxLength(200);
        opportunity.Property(o => o.DeliveryModel).HasConversion<string>().HasMaxLength(32);
        opportunity.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        opportunity.Property(o => o.Version).IsConcurrencyToken();
        opportunity.HasOne(o => o.Employer).WithMany().HasForeignKey(o => o.EmployerId);
        opportunity.HasOne<EmployerSite>().WithMany().HasForeignKey(o => o.EmployerSiteId)
            .OnDelete(DeleteBehavior.SetNull);
        opportunity.HasMany(o => o.Specialisms).WithOne().HasForeignKey(s => s.OpportunityId);
        opportunity.HasIndex(o => o.Status);
    }
}

internal sealed class OpportunitySpecialismConfiguration : IEntityTypeConfiguration<OpportunitySpecialism>
{
    public void Configure(EntityTypeBuilder<OpportunitySpecialism> link)
    {
        link.HasKey(l => new { l.OpportunityId, l.SpecialismCode });
        link.Property(l => l.SpecialismCode).HasMaxLength(8);
        link.HasOne<Specialism>().WithMany().HasForeignKey(l => l.SpecialismCode);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.ReferenceData;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Data;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> user) => user.Property(u => u.DisplayName).HasMaxLength(200);
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> audit)
    {
        audit.Property(a => a.ActorName).HasMaxLength(200);
        audit.Property(a => a.Action).HasMaxLength(64);
        audit.Property(a => a.EntityType).HasMaxLength(64);
        audit.Property(a => a.EntityId).HasMaxLength(64);
        audit.Property(a => a.Summary).HasMaxLength(1000);
        audit.HasIndex(a => a.OccurredAtUtc);
    }
}

internal sealed class ProviderSettingsConfiguration : IEntityTypeConfiguration<ProviderSettings>
{
    public void Configure(EntityTypeBuilder<ProviderSettings> settings)
    {
        settings.Property(s => s.Id).ValueGeneratedNever();
        settings.Property(s => s.ProviderName).HasMaxLength(120);
        settings.Property(s => s.Ukprn).HasMaxLength(8);
        settings.Property(s => s.TimeZoneId).HasMaxLength(64);
        settings.Property(s => s.TeamProjectCapPercent).HasPrecision(7, 4);
        settings.Property(s => s.SkillsHubCapPercent).HasPrecision(7, 4);
        settings.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class RouteConfiguration : IEntityTypeConfiguration<Route>
{
    public void Configure(EntityTypeBuilder<Route> route)
    {
        route.Property(r => r.Id).ValueGeneratedNever();
        route.Property(r => r.Name).HasMaxLength(200);
    }
}

internal sealed class PathwayConfiguration : IEntityTypeConfiguration<Pathway>
{
    public void Configure(EntityTypeBuilder<Pathway> pathway)
    {
        pathway.HasKey(p => p.CoreCode);
        pathway.Property(p => p.CoreCode).HasMaxLength(8);
        pathway.Property(p => p.Name).HasMaxLength(200);
        pathway.HasOne(p => p.Route).WithMany(r => r.Pathways).HasForeignKey(p => p.RouteId);
    }
}

internal sealed class SpecialismConfiguration : IEntityTypeConfiguration<Specialism>
{
    public void Configure(EntityTypeBuilder<Specialism> specialism)
    {
        specialism.HasKey(s => s.Code);
        specialism.Property(s => s.Code).HasMaxLength(8);
        specialism.Property(s => s.Name).HasMaxLength(200);
        specialism.HasOne(s => s.Pathway).WithMany(p => p.Specialisms).HasForeignKey(s => s.CoreCode);
    }
}

internal sealed class SpecialConsiderationReasonConfiguration : IEntityTypeConfiguration<SpecialConsiderationReason>
{
    public void Configure(EntityTypeBuilder<SpecialConsiderationReason> reason)
    {
        reason.HasKey(r => r.Code);
        reason.Property(r => r.Code).HasMaxLength(2);
        reason.Property(r => r.Reason).HasMaxLength(200);
    }
}

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> employer)
    {
        employer.Property(e => e.Reference).HasMaxLength(20);
        employer.HasIndex(e => e.Reference).IsUnique();
        employer.Property(e => e.Name).HasMaxLength(200);
        employer.Property(e => e.Sector).HasMaxLength(200);
        employer.Property(e => e.EdsNumber).HasMaxLength(9);
        employer.Property(e => e.Phone).HasMaxLength(40);
        employer.Property(e => e.Email).HasMaxLength(256);
        employer.Property(e => e.Website).HasMaxLength(300);
        employer.Property(e => e.UsualHours).HasMaxLength(200);
        employer.Property(e => e.Version).IsConcurrencyToken();
        employer.HasIndex(e => e.Name);
        employer.HasMany(e => e.Sites).WithOne().HasForeignKey(s => s.EmployerId);
        employer.HasMany(e => e.Supervisors).WithOne().HasForeignKey(s => s.EmployerId);
        employer.HasMany(e => e.Contacts).WithOne().HasForeignKey(c => c.EmployerId);
        employer.HasMany(e => e.Accountabilities).WithOne().HasForeignKey(a => a.EmployerId);
        employer.HasMany(e => e.DueDiligenceChecks).WithOne().HasForeignKey(c => c.EmployerId);
    }
}

internal sealed class EmployerSiteConfiguration : IEntityTypeConfiguration<EmployerSite>
{
    public void Configure(EntityTypeBuilder<EmployerSite> site)
    {
        site.Property(s => s.Name).HasMaxLength(200);
        site.Property(s => s.AddressLine1).HasMaxLength(200);
        site.Property(s => s.AddressLine2).HasMaxLength(200);
        site.Property(s => s.Town).HasMaxLength(100);
        site.Property(s => s.Postcode).HasMaxLength(8);
        site.HasIndex(s => s.Town);
    }
}

internal sealed class EmployerSupervisorConfiguration : IEntityTypeConfiguration<EmployerSupervisor>
{
    public void Configure(EntityTypeBuilder<EmployerSupervisor> supervisor)
    {
        supervisor.HasKey(s => new { s.EmployerId, s.UserId });
        supervisor.Property(s => s.JobTitle).HasMaxLength(200);
        supervisor.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId);
    }
}

internal sealed class StudentConfiguration : IEntityTypeConfiguration<Student>
{
    public void Configure(EntityTypeBuilder<Student> student)
    {
        student.Property(s => s.Uln).HasMaxLength(10);
        student.HasIndex(s => s.Uln).IsUnique();
        student.Property(s => s.StudentNumber).HasMaxLength(20);
        student.HasIndex(s => s.StudentNumber);
        student.Property(s => s.GivenName).HasMaxLength(100);
        student.Property(s => s.FamilyName).HasMaxLength(100);
        student.Property(s => s.Email).HasMaxLength(256);
        student.Property(s => s.CoreCode).HasMaxLength(8);
        student.Property(s => s.SpecialismCode).HasMaxLength(8);
        student.Property(s => s.Cohort).HasMaxLength(20);
        student.Property(s => s.Postcode).HasMaxLength(8);
        student.Ignore(s => s.FullName);
        student.HasOne<Pathway>().WithMany().HasForeignKey(s => s.CoreCode);
        student.HasOne<Specialism>().WithMany().HasForeignKey(s => s.SpecialismCode);
        student.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
        student.HasOne<AppUser>().WithMany().HasForeignKey(s => s.TutorUserId).OnDelete(DeleteBehavior.SetNull);
        student.HasIndex(s => s.UserId);
        student.HasIndex(s => s.TutorUserId);
        student.HasIndex(s => new { s.FamilyName, s.GivenName });
        student.Property(s => s.SendNeeds).HasMaxLength(StudentRules.NoteLength);
        student.Property(s => s.SharingConsentRecordedBy).HasMaxLength(200);
        student.Property(s => s.WorkReadinessNotes).HasMaxLength(StudentRules.NoteLength);
        student.Property(s => s.ProgressNotes).HasMaxLength(StudentRules.NoteLength);
        student.Property(s => s.PriorLearning).HasMaxLength(StudentRules.NoteLength);
        student.Property(s => s.Version).IsConcurrencyToken();
        student.Ignore(s => s.MayShareAdjustments);
        student.HasMany(s => s.Adjustments).WithOne().HasForeignKey(a => a.StudentId);
        student.HasMany(s => s.WorkReadinessRatings).WithOne().HasForeignKey(r => r.StudentId);
        student.HasMany(s => s.Training).WithOne().HasForeignKey(t => t.StudentId);
    }
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> placement)
    {
        placement.Property(p => p.RoleTitle).HasMaxLength(200);
        placement.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        placement.Property(p => p.DeliveryModel).HasConversion<string>().HasMaxLength(32);
        placement.HasOne(p => p.Student).WithMany().HasForeignKey(p => p.StudentId);
        placement.HasOne(p => p.Employer).WithMany().HasForeignKey(p => p.EmployerId);
        placement.HasOne<EmployerSite>().WithMany().HasForeignKey(p => p.EmployerSiteId);
        placement.HasOne<AppUser>().WithMany().HasForeignKey(p => p.SupervisorUserId).OnDelete(DeleteBehavior.SetNull);
        placement.HasIndex(p => p.SupervisorUserId);
        placement.HasIndex(p => p.Status);
        placement.Property(p => p.WorkingHours).HasMaxLength(200);
        placement.Property(p => p.Version).IsConcurrencyToken();
        placement.HasOne<Opportunity>().WithMany().HasForeignKey(p => p.OpportunityId).OnDelete(DeleteBehavior.SetNull);
        placement.HasMany(p => p.StatusChanges).WithOne().HasForeignKey(c => c.PlacementId);
    }
}

internal sealed class SubjectLeadPathwayConfiguration : IEntityTypeConfiguration<SubjectLeadPathway>
{
    public void Configure(EntityTypeBuilder<SubjectLeadPathway> lead)
    {
        lead.HasKey(l => new { l.UserId, l.CoreCode });
        lead.Property(l => l.CoreCode).HasMaxLength(8);
        lead.HasOne<AppUser>().WithMany().HasForeignKey(l => l.UserId);
        lead.HasOne<Pathway>().WithMany().HasForeignKey(l => l.CoreCode);
    }
}

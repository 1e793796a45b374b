using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Data;

internal sealed class TimeEntryConfiguration : IEntityTypeConfiguration<TimeEntry>
{
    public void Configure(EntityTypeBuilder<TimeEntry> entry)
    {
        entry.HasOne<Placement>().WithMany().HasForeignKey(e => e.PlacementId);
        entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        entry.Property(e => e.Note).HasMaxLength(1000);
        entry.Property(e => e.RecordedByName).HasMaxLength(256);
        entry.Property(e => e.Version).IsConcurrencyToken();
        entry.HasIndex(e => new { e.PlacementId, e.WeekStart });
        entry.HasIndex(e => new { e.PlacementId, e.Date });
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> attendance)
    {
        attendance.HasOne<Placement>().WithMany().HasForeignKey(a => a.PlacementId);
        attendance.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        attendance.Property(a => a.Note).HasMaxLength(1000);
        attendance.Property(a => a.RecordedByName).HasMaxLength(256);
        attendance.HasIndex(a => new { a.PlacementId, a.Date });
    }
}

internal sealed class TimesheetConfiguration : IEntityTypeConfiguration<Timesheet>
{
    public void Configure(EntityTypeBuilder<Timesheet> timesheet)
    {
        timesheet.HasOne<Placement>().WithMany().HasForeignKey(t => t.PlacementId);
        timesheet.HasIndex(t => new { t.PlacementId, t.WeekStart }).IsUnique();
        timesheet.Property(t => t.Status).HasConversion<string>().HasMaxLength(32);
        timesheet.Property(t => t.SubmittedHash).HasMaxLength(64);
        timesheet.Property(t => t.DecidedByName).HasMaxLength(256);
        timesheet.Property(t => t.ReturnComment).HasMaxLength(1000);
        timesheet.Property(t => t.ReopenReason).HasMaxLength(1000);
        timesheet.Property(t => t.Version).IsConcurrencyToken();
        timesheet.HasIndex(t => t.Status);
    }
}

internal sealed class TimesheetApprovalLinkConfiguration : IEntityTypeConfiguration<TimesheetApprovalLink>
{
    public void Configure(EntityTypeBuilder<TimesheetApprovalLink> link)
    {
        link.HasOne<Timesheet>().WithMany().HasForeignKey(l => l.TimesheetId);
        link.HasOne<AppUser>().WithMany().HasForeignKey(l => l.SupervisorUserId);
        link.Property(l => l.TokenHash).HasMaxLength(64);
        link.HasIndex(l => l.TokenHash).IsUnique();
        link.Property(l => l.ContentHash).HasMaxLength(64);
    }
}

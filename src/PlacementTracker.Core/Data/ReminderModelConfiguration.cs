using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Calendar;
using PlacementTracker.Core.Reminders;

namespace PlacementTracker.Core.Data;

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> reminder)
    {
        reminder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.RecipientUserId);
        reminder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        reminder.Property(r => r.PeriodKey).HasMaxLength(40);
        reminder.Property(r => r.Subject).HasMaxLength(256);
        reminder.Property(r => r.LinkPath).HasMaxLength(256);
        reminder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        reminder.Property(r => r.Failure).HasMaxLength(500);

        // The once-only guarantee: ReminderRun claims a reminder by inserting this key, and the database refuses a
        // second row with it, from any run on any server.
        reminder.HasIndex(r => new { r.Kind, r.SubjectId, r.RecipientUserId, r.PeriodKey }).IsUnique();
        reminder.HasIndex(r => new { r.RecipientUserId, r.ClaimedAtUtc });
        reminder.HasIndex(r => r.ClaimedAtUtc);
    }
}

internal sealed class ReminderKindSwitchedOffConfiguration : IEntityTypeConfiguration<ReminderKindSwitchedOff>
{
    public void Configure(EntityTypeBuilder<ReminderKindSwitchedOff> off)
    {
        off.HasKey(o => o.Kind);
        off.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class CalendarFeedTokenConfiguration : IEntityTypeConfiguration<CalendarFeedToken>
{
    public void Configure(EntityTypeBuilder<CalendarFeedToken> token)
    {
        token.HasKey(t => t.UserId);
        token.HasOne<AppUser>().WithOne().HasForeignKey<CalendarFeedToken>(t => t.UserId);
        token.Property(t => t.Token).HasMaxLength(64);
        token.HasIndex(t => t.Token).IsUnique();
    }
}

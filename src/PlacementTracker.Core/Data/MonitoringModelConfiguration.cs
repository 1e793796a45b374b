using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlacementTracker.Core.Monitoring;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Settings;

namespace PlacementTracker.Core.Data;

/// <summary>The caseload status settings kept on the provider's settings record.</summary>
internal sealed class MonitoringSettingsConfiguration : IEntityTypeConfiguration<ProviderSettings>
{
    public void Configure(EntityTypeBuilder<ProviderSettings> settings) =>
        settings.Property(s => s.IgnoredStatusReasons).HasMaxLength(400);
}

internal sealed class PlacementRagChangeConfiguration : IEntityTypeConfiguration<PlacementRagChange>
{
    public void Configure(EntityTypeBuilder<PlacementRagChange> change)
    {
        change.HasOne<Placement>().WithMany().HasForeignKey(c => c.PlacementId);
        change.Property(c => c.From).HasConversion<string>().HasMaxLength(8);
        change.Property(c => c.To).HasConversion<string>().HasMaxLength(8);
        change.Property(c => c.Reasons).HasMaxLength(1000);

        // At most one change per placement and day: PlacementRagRecorder inserts with this key, and the database
        // refuses a second row from any run on any server.
        change.HasIndex(c => new { c.PlacementId, c.Date }).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlacementTracker.Core.Settings;

namespace PlacementTracker.Core.Data;

/// <summary>The caseload status settings kept on the provider's settings record.</summary>
internal sealed class MonitoringSettingsConfiguration : IEntityTypeConfiguration<ProviderSettings>
{
    public void Configure(EntityTypeBuilder<ProviderSettings> settings) =>
        settings.Property(s => s.IgnoredStatusReasons).HasMaxLength(400);
}

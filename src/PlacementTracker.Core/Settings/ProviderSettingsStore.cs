using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Core.Settings;

/// <summary>Reads and changes the provider's single settings record.</summary>
public sealed class ProviderSettingsStore(PlacementDbContext db, AuditLog audit)
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.ProviderSettings.AnyAsync(cancellationToken))
        {
            db.ProviderSettings.Add(new ProviderSettings());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public Task<ProviderSettings> GetAsync(CancellationToken cancellationToken = default) =>
        db.ProviderSettings.AsNoTracking().SingleAsync(s => s.Id == ProviderSettings.SingletonId, cancellationToken);

    /// <summary>
    /// Saves new values when they are valid and nobody else has saved since <paramref name="changes"/> was read.
    /// Returns the errors found; nothing is saved when there are any.
    /// </summary>
    public async Task<SettingsUpdate> UpdateAsync(
        ProviderSettings changes,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        changes.ProviderName = changes.ProviderName.Trim();
        changes.Ukprn = string.IsNullOrWhiteSpace(changes.Ukprn) ? null : changes.Ukprn.Trim();

        var errors = ProviderSettingsRules.Validate(changes);
        if (errors.Count > 0)
        {
            return new SettingsUpdate(errors, Conflict: false);
        }

        var current = await db.ProviderSettings.SingleAsync(
            s => s.Id == ProviderSettings.SingletonId,
            cancellationToken);
        if (current.Version != changes.Version)
        {
            return new SettingsUpdate(new Dictionary<string, string>(), Conflict: true);
        }

        var before = Snapshot(current);
        db.Entry(current).CurrentValues.SetValues(changes);
        if (!db.ChangeTracker.HasChanges())
        {
            return SettingsUpdate.Saved;
        }

        current.Version = changes.Version + 1;
        audit.Record(
            actor,
            AuditActions.SettingsChanged,
            "Changed provider settings",
            new AuditSubject(
                nameof(ProviderSettings),
                current.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                before,
                Snapshot(current)));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SettingsUpdate(new Dictionary<string, string>(), Conflict: true);
        }

        return SettingsUpdate.Saved;
    }

    private static string Snapshot(ProviderSettings settings) =>
        JsonSerializer.Serialize(settings);
}

public sealed record SettingsUpdate(IReadOnlyDictionary<string, string> Errors, bool Conflict)
{
    public static SettingsUpdate Saved { get; } = new(new Dictionary<string, string>(), false);

    public bool Succeeded => Errors.Count == 0 && !Conflict;
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Settings;

namespace PlacementTracker.Web.Infrastructure;

/// <summary>What every page's frame shows: the provider's name.</summary>
public sealed class ShellInfo(PlacementDbContext db)
{
    private string? providerName;

    public string ProviderName => providerName ??= ReadProviderName();

    private string ReadProviderName()
    {
        try
        {
            return db.ProviderSettings
                .AsNoTracking()
                .Where(s => s.Id == ProviderSettings.SingletonId)
                .Select(s => s.ProviderName)
                .SingleOrDefault() ?? DefaultName;
        }
        catch (DbException)
        {
            // The error page must still render when the database is what failed.
            return DefaultName;
        }
    }

    private const string DefaultName = "Placement Tracker";
}

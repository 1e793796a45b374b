using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.Settings;

namespace PlacementTracker.Core.Agreements;

/// <summary>Everything a placement agreement says, gathered from the records it is built from.</summary>
public sealed record AgreementFacts(
    string StudentName,
    string StudentUln,
    string ProviderName,
    string? ProviderUkprn,
    string EmployerName,
    string? SiteAddress,
    string? SupervisorName,
    Placement Placement,
    int PlanNumber,
    IReadOnlyList<Objective> Objectives,
    IReadOnlyList<string> SharedAdjustments)
{
    /// <summary>
    /// The facts for one placement as the records stand; null when there is no such placement. Of the student's
    /// SEND record only the adjustments they agreed to share with the employer are read.
    /// </summary>
    public static async Task<AgreementFacts?> LoadAsync(
        PlacementDbContext db,
        Guid placementId,
        CancellationToken cancellationToken = default)
    {
        var placement = await db.Placements
            .AsNoTracking()
            .Include(p => p.Student)
            .Include(p => p.Employer)
            .SingleOrDefaultAsync(p => p.Id == placementId, cancellationToken);
        if (placement is null)
        {
            return null;
        }

        var student = placement.Student!;
        var settings = await db.ProviderSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken)
            ?? new ProviderSettings();
        var site = await db.EmployerSites
            .AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == placement.EmployerSiteId, cancellationToken);
        var supervisor = await db.Users
            .Where(u => u.Id == placement.SupervisorUserId)
            .Select(u => u.DisplayName)
            .SingleOrDefaultAsync(cancellationToken);
        var planNumber = await db.PlacementPlans
            .Where(p => p.PlacementId == placementId)
            .Select(p => (int?)p.Number)
            .SingleOrDefaultAsync(cancellationToken) ?? 1;
        var objectives = await db.Objectives
            .AsNoTracking()
            .Where(o => o.PlacementId == placementId && !o.Removed)
            .ToListAsync(cancellationToken);
        objectives = [.. objectives.OrderBy(o => o.Category).ThenBy(o => o.Position).ThenBy(o => o.Id)];
        var shared = student.MayShareAdjustments
            ? await db.Set<Students.ReasonableAdjustment>()
                .Where(a => a.StudentId == student.Id && a.ShareWithEmployer)
                .OrderBy(a => a.Description)
                .Select(a => a.Description)
                .ToListAsync(cancellationToken)
            : [];

        return new AgreementFacts(
            student.FullName,
            student.Uln,
            settings.ProviderName,
            settings.Ukprn,
            placement.Employer!.Name,
            site is null ? null : Address(site),
            supervisor,
            placement,
            planNumber,
            objectives,
            shared);
    }

    public static string Address(Employers.EmployerSite site) =>
        string.Join(", ", new[] { site.AddressLine1, site.AddressLine2, site.Town, site.Postcode }
            .Where(part => !string.IsNullOrWhiteSpace(part)));
}

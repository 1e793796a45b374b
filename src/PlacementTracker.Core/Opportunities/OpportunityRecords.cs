using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;

namespace PlacementTracker.Core.Opportunities;

/// <summary>Adds and changes opportunities; every change is audited and stale edits are refused.</summary>
public sealed class OpportunityRecords(PlacementDbContext db, AuditLog audit)
{
    private readonly AuditedEdits edits = new(db, audit);

    public async Task<EditResult> SaveAsync(
        Opportunity changes,
        IReadOnlyCollection<string> specialismCodes,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        var codes = specialismCodes.Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Specialisms.CountAsync(s => codes.Contains(s.Code), cancellationToken);
        if (known != codes.Count)
        {
            return EditResult.Invalid("Specialisms", "Select occupational specialisms from the list");
        }

        if (changes.EmployerSiteId is { } siteId
            && !await db.EmployerSites.AnyAsync(
                s => s.Id == siteId && s.EmployerId == changes.EmployerId,
                cancellationToken))
        {
            return EditResult.Invalid(nameof(Opportunity.EmployerSiteId), "Select one of the employer's sites");
        }

        if (changes.Id == Guid.Empty)
        {
            changes.Id = Guid.NewGuid();
            changes.Specialisms.AddRange(codes.Select(c => new OpportunitySpecialism { SpecialismCode = c }));
            db.Opportunities.Add(changes);
            edits.Record(actor, AuditActions.OpportunityAdded, $"Added opportunity {changes.RoleTitle}", changes, null);
            await db.SaveChangesAsync(cancellationToken);
            return EditResult.Saved;
        }

        var current = await db.Opportunities
            .Include(o => o.Specialisms)
            .SingleAsync(o => o.Id == changes.Id, cancellationToken);
        var specialismsChanged = !current.Specialisms
            .Select(s => s.SpecialismCode)
            .Order()
            .SequenceEqual(codes.Order());
        if (specialismsChanged && current.Version == changes.Version)
        {
            current.Specialisms.RemoveAll(s => !codes.Contains(s.SpecialismCode));
            current.Specialisms.AddRange(codes
                .Where(c => current.Specialisms.All(s => s.SpecialismCode != c))
                .Select(c => new OpportunitySpecialism { OpportunityId = current.Id, SpecialismCode = c }));
        }

        changes.EmployerId = current.EmployerId;
        return await edits.ApplyAsync(current, changes, changes.Version, actor, AuditActions.OpportunityChanged,
            $"Changed opportunity {changes.RoleTitle}", v => current.Version = v, cancellationToken);
    }
}

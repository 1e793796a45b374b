using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Identifiers;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Employers;

/// <summary>Adds and changes employers and what belongs to them; every change is audited.</summary>
public sealed class EmployerRecords(PlacementDbContext db, AuditLog audit)
{
    private readonly AuditedEdits edits = new(db, audit);

    /// <summary>
    /// Adds the employer when its id is empty; otherwise saves the changes if nobody else has saved since
    /// <paramref name="changes"/> was read (its <see cref="Employer.Version"/>).
    /// </summary>
    public async Task<EditResult> SaveAsync(
        Employer changes,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        changes.Reference = EmployerDetails.NormaliseReference(changes.Reference);
        changes.Name = changes.Name.Trim();
        var taken = await db.Employers.AnyAsync(
            e => e.Reference == changes.Reference && e.Id != changes.Id,
            cancellationToken);
        if (taken)
        {
            return EditResult.Invalid(nameof(Employer.Reference), "Another employer already has this reference");
        }

        if (changes.Id == Guid.Empty)
        {
            changes.Id = Guid.NewGuid();
            db.Employers.Add(changes);
            edits.Record(actor, AuditActions.EmployerAdded, $"Added employer {changes.Reference}", changes, null);
            await db.SaveChangesAsync(cancellationToken);
            return EditResult.Saved;
        }

        var current = await db.Employers.SingleAsync(e => e.Id == changes.Id, cancellationToken);
        return await edits.ApplyAsync(current, changes, changes.Version, actor, AuditActions.EmployerChanged,
            $"Changed employer {changes.Reference}", v => current.Version = v, cancellationToken);
    }

    public async Task<EditResult> SaveSiteAsync(
        EmployerSite changes,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        var postcode = Postcode.Normalise(changes.Postcode);
        if (postcode is null)
        {
            return EditResult.Invalid(nameof(EmployerSite.Postcode), "Enter a real postcode, like SW1A 1AA");
        }

        changes.Postcode = postcode;
        if (changes.Id == Guid.Empty)
        {
            changes.Id = Guid.NewGuid();
            db.EmployerSites.Add(changes);
            edits.Record(actor, AuditActions.EmployerSiteAdded, $"Added site {changes.Name}", changes, null);
        }
        else
        {
            var current = await db.EmployerSites.SingleAsync(
                s => s.Id == changes.Id && s.EmployerId == changes.EmployerId,
                cancellationToken);
            var before = AuditedEdits.Snapshot(current);
            db.Entry(current).CurrentValues.SetValues(changes);
            edits.Record(actor, AuditActions.EmployerSiteChanged, $"Changed site {changes.Name}", current, before);
        }

        await db.SaveChangesAsync(cancellationToken);
        return EditResult.Saved;
    }

    public async Task AddContactAsync(
        EmployerContact contact,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        contact.Id = Guid.NewGuid();
        db.EmployerContacts.Add(contact);
        edits.Record(actor, AuditActions.EmployerContactAdded, "Added an employer contact", contact, null);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Changes a contact of the employer; false when the employer has no such contact.</summary>
    public Task<bool> UpdateContactAsync(
        EmployerContact changes,
        Actor actor,
        CancellationToken cancellationToken = default) =>
        UpdateAsync(
            db.EmployerContacts.Where(c => c.Id == changes.Id && c.EmployerId == changes.EmployerId),
            changes, actor, AuditActions.EmployerContactChanged, "Changed an employer contact", cancellationToken);

    /// <summary>Removes a contact of the employer; false when the employer has no such contact.</summary>
    public Task<bool> RemoveContactAsync(
        Guid employerId,
        Guid contactId,
        Actor actor,
        CancellationToken cancellationToken = default) =>
        RemoveAsync(
            db.EmployerContacts.Where(c => c.Id == contactId && c.EmployerId == employerId),
            actor, AuditActions.EmployerContactRemoved, "Removed an employer contact", cancellationToken);

    /// <summary>Changes an accountability of the employer; false when the employer has no such accountability.</summary>
    public Task<bool> UpdateAccountabilityAsync(
        Accountability changes,
        Actor actor,
        CancellationToken cancellationToken = default) =>
        UpdateAsync(
            db.Accountabilities.Where(a => a.Id == changes.Id && a.EmployerId == changes.EmployerId),
            changes, actor, AuditActions.AccountabilityChanged,
            $"Changed {DueDiligenceRules.KindName(changes.Kind)} accountability", cancellationToken);

    /// <summary>Removes an accountability of the employer; false when the employer has no such accountability.</summary>
    public Task<bool> RemoveAccountabilityAsync(
        Guid employerId,
        Guid accountabilityId,
        Actor actor,
        CancellationToken cancellationToken = default) =>
        RemoveAsync(
            db.Accountabilities.Where(a => a.Id == accountabilityId && a.EmployerId == employerId),
            actor, AuditActions.AccountabilityRemoved, "Removed an accountability", cancellationToken);

    public async Task AddAccountabilityAsync(
        Accountability accountability,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        accountability.Id = Guid.NewGuid();
        db.Accountabilities.Add(accountability);
        edits.Record(actor, AuditActions.AccountabilityAdded,
            $"Added {DueDiligenceRules.KindName(accountability.Kind)} accountability", accountability, null);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Links a supervisor to the employer; linking someone again only updates the job title.</summary>
    public async Task LinkSupervisorAsync(
        EmployerSupervisor link,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        var current = await db.EmployerSupervisors.SingleOrDefaultAsync(
            s => s.EmployerId == link.EmployerId && s.UserId == link.UserId,
            cancellationToken);
        if (current is null)
        {
            db.EmployerSupervisors.Add(link);
        }
        else
        {
            current.JobTitle = link.JobTitle;
        }

        audit.Record(actor, AuditActions.SupervisorLinked, "Linked a supervisor to an employer",
            new AuditSubject(nameof(Employer), link.EmployerId.ToString(), After: link.UserId));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records a check, replacing any earlier check of the same kind for the employer.</summary>
    public async Task<DueDiligenceCheck?> SaveCheckAsync(
        DueDiligenceCheck check,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        var replaced = await db.DueDiligenceChecks.SingleOrDefaultAsync(
            c => c.EmployerId == check.EmployerId && c.Kind == check.Kind,
            cancellationToken);
        string? before = null;
        if (replaced is not null)
        {
            before = AuditedEdits.Snapshot(replaced);
            db.DueDiligenceChecks.Remove(replaced);
        }

        check.Id = Guid.NewGuid();
        db.DueDiligenceChecks.Add(check);
        edits.Record(actor, AuditActions.DueDiligenceRecorded,
            $"Recorded {DueDiligenceRules.KindName(check.Kind)} check", check, before);
        await db.SaveChangesAsync(cancellationToken);
        return replaced;
    }

    /// <summary>
    /// Unlinks a supervisor from the employer. Refused while they supervise one of the employer's placements that
    /// is not completed or withdrawn: give those placements another supervisor first.
    /// </summary>
    public async Task<EditResult> UnlinkSupervisorAsync(
        Guid employerId,
        string userId,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        var link = await db.EmployerSupervisors.SingleOrDefaultAsync(
            s => s.EmployerId == employerId && s.UserId == userId,
            cancellationToken);
        if (link is null)
        {
            return EditResult.Invalid("", "This person is not a supervisor at this employer");
        }

        var supervising = await db.Placements.CountAsync(
            p => p.EmployerId == employerId && p.SupervisorUserId == userId
                && p.Status != PlacementStatus.Completed && p.Status != PlacementStatus.Withdrawn,
            cancellationToken);
        if (supervising > 0)
        {
            return EditResult.Invalid("", $"This supervisor has {supervising} current "
                + (supervising == 1 ? "placement" : "placements")
                + " at this employer. Give them another supervisor before removing this one");
        }

        db.EmployerSupervisors.Remove(link);
        audit.Record(actor, AuditActions.SupervisorUnlinked, "Unlinked a supervisor from an employer",
            new AuditSubject(nameof(Employer), employerId.ToString(), Before: userId));
        await db.SaveChangesAsync(cancellationToken);
        return EditResult.Saved;
    }

    private async Task<bool> UpdateAsync<T>(
        IQueryable<T> match,
        T changes,
        Actor actor,
        string action,
        string summary,
        CancellationToken cancellationToken)
        where T : class
    {
        var current = await match.SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return false;
        }

        var before = AuditedEdits.Snapshot(current);
        db.Entry(current).CurrentValues.SetValues(changes);
        if (db.ChangeTracker.HasChanges())
        {
            edits.Record(actor, action, summary, current, before);
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    private async Task<bool> RemoveAsync<T>(
        IQueryable<T> match,
        Actor actor,
        string action,
        string summary,
        CancellationToken cancellationToken)
        where T : class
    {
        var current = await match.SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return false;
        }

        var id = Convert.ToString(db.Entry(current).Property("Id").CurrentValue, CultureInfo.InvariantCulture) ?? "";
        db.Remove(current);
        audit.Record(actor, action, summary,
            new AuditSubject(typeof(T).Name, id, Before: AuditedEdits.Snapshot(current)));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

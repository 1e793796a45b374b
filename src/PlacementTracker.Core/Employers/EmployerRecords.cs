using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Identifiers;

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
}

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;

namespace PlacementTracker.Core.Plans;

/// <summary>
/// The coordinators' library of objective templates, one or more per occupational specialism. Every change is
/// audited; an edit from a stale copy of a template (its items included) is refused.
/// </summary>
public sealed class ObjectiveTemplateLibrary(PlacementDbContext db, AuditLog audit)
{
    public const int NameLength = 200;

    public Task<List<ObjectiveTemplate>> ListAsync(CancellationToken cancellationToken = default) =>
        db.ObjectiveTemplates
            .AsNoTracking()
            .Include(t => t.Items)
            .OrderBy(t => t.SpecialismCode)
            .ThenBy(t => t.Name)
            .ToListAsync(cancellationToken);

    public Task<List<ObjectiveTemplate>> ForSpecialismAsync(
        string specialismCode,
        CancellationToken cancellationToken = default) =>
        db.ObjectiveTemplates
            .AsNoTracking()
            .Where(t => t.SpecialismCode == specialismCode)
            .OrderBy(t => t.Name)
            .ToListAsync(cancellationToken);

    public async Task<ObjectiveTemplate?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var template = await db.ObjectiveTemplates
            .AsNoTracking()
            .Include(t => t.Items)
            .SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is not null)
        {
            var items = template.Items.OrderBy(i => i.Position).ToList();
            template.Items.Clear();
            template.Items.AddRange(items);
        }

        return template;
    }

    /// <summary>Adds the template when its id is empty; otherwise renames it or moves it to a specialism.</summary>
    public async Task<EditResult> SaveAsync(
        ObjectiveTemplate changes,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        changes.Name = changes.Name.Trim();
        var errors = new Dictionary<string, string>();
        if (changes.Name.Length == 0)
        {
            errors[nameof(ObjectiveTemplate.Name)] = "Enter a name for the template";
        }
        else if (changes.Name.Length > NameLength)
        {
            errors[nameof(ObjectiveTemplate.Name)] = $"Name must be {NameLength} characters or fewer";
        }

        if (!await db.Specialisms.AnyAsync(s => s.Code == changes.SpecialismCode, cancellationToken))
        {
            errors[nameof(ObjectiveTemplate.SpecialismCode)] = "Select the occupational specialism";
        }

        if (errors.Count > 0)
        {
            return new EditResult(errors, false);
        }

        if (changes.Id == Guid.Empty)
        {
            var added = new ObjectiveTemplate
            {
                Id = Guid.NewGuid(),
                SpecialismCode = changes.SpecialismCode,
                Name = changes.Name,
            };
            db.ObjectiveTemplates.Add(added);
            changes.Id = added.Id;
            Record(actor, AuditActions.ObjectiveTemplateAdded, added.Id, $"Added objective template {added.Name}");
            return await SaveChangesAsync(cancellationToken);
        }

        var current = await db.ObjectiveTemplates.SingleOrDefaultAsync(t => t.Id == changes.Id, cancellationToken);
        if (current is null || current.Version != changes.Version)
        {
            return EditResult.Conflicted;
        }

        if (current.Name == changes.Name && current.SpecialismCode == changes.SpecialismCode)
        {
            return EditResult.Saved;
        }

        current.Name = changes.Name;
        current.SpecialismCode = changes.SpecialismCode;
        current.Version++;
        RecordChange(actor, current);
        return await SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds or changes an item, if the template is still at <paramref name="templateVersion"/>.</summary>
    public async Task<EditResult> SaveItemAsync(
        Guid templateId,
        uint templateVersion,
        ObjectiveTemplateItem changes,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        var errors = PlanTemplates.Validate(changes);
        if (errors.Count > 0)
        {
            return new EditResult(errors, false);
        }

        var template = await TrackedAsync(templateId, templateVersion, cancellationToken);
        var item = changes.Id == Guid.Empty
            ? new ObjectiveTemplateItem { Id = Guid.NewGuid(), TemplateId = templateId }
            : template?.Items.SingleOrDefault(i => i.Id == changes.Id);
        if (template is null || item is null)
        {
            return EditResult.Conflicted;
        }

        if (changes.Id == Guid.Empty)
        {
            item.Position = template.Items.Select(i => i.Position).DefaultIfEmpty().Max() + 1;
            db.ObjectiveTemplateItems.Add(item);
        }

        PlanTemplates.Copy(changes, item);
        if (!db.ChangeTracker.HasChanges())
        {
            return EditResult.Saved;
        }

        template.Version++;
        RecordChange(actor, template);
        return await SaveChangesAsync(cancellationToken);
    }

    public async Task<EditResult> DeleteItemAsync(
        Guid templateId,
        uint templateVersion,
        Guid itemId,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        var template = await TrackedAsync(templateId, templateVersion, cancellationToken);
        var item = template?.Items.SingleOrDefault(i => i.Id == itemId);
        if (template is null || item is null)
        {
            return EditResult.Conflicted;
        }

        db.ObjectiveTemplateItems.Remove(item);
        template.Version++;
        RecordChange(actor, template);
        return await SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes the template; plans built from it keep their objectives and lose only the link.</summary>
    public async Task<EditResult> DeleteAsync(
        Guid templateId,
        uint version,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        var template = await TrackedAsync(templateId, version, cancellationToken);
        if (template is null)
        {
            return EditResult.Conflicted;
        }

        await db.PlacementPlans
            .Where(p => p.TemplateId == templateId)
            .ForEachAsync(p => p.TemplateId = null, cancellationToken);
        db.ObjectiveTemplateItems.RemoveRange(template.Items);
        db.ObjectiveTemplates.Remove(template);
        Record(actor, AuditActions.ObjectiveTemplateDeleted, template.Id,
            $"Deleted objective template {template.Name}");
        return await SaveChangesAsync(cancellationToken);
    }

    private async Task<ObjectiveTemplate?> TrackedAsync(Guid id, uint version, CancellationToken cancellationToken)
    {
        var template = await db.ObjectiveTemplates
            .Include(t => t.Items)
            .SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return template?.Version == version ? template : null;
    }

    private void RecordChange(Actor actor, ObjectiveTemplate template) =>
        Record(actor, AuditActions.ObjectiveTemplateChanged, template.Id,
            $"Changed objective template {template.Name}");

    private void Record(Actor actor, string action, Guid templateId, string summary) =>
        audit.Record(actor, action, summary, new AuditSubject(nameof(ObjectiveTemplate), templateId.ToString()));

    private async Task<EditResult> SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return EditResult.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EditResult.Conflicted;
        }
    }
}

/// <summary>Rules for template items and for turning them into a placement's objectives.</summary>
public static class PlanTemplates
{
    public const int MostWeeks = 104;

    /// <summary>The objective an item becomes on a placement starting on <paramref name="plannedStart"/>.</summary>
    public static ObjectiveInput ToInput(ObjectiveTemplateItem item, DateOnly plannedStart) => new(
        item.Category,
        item.Kind,
        item.Description,
        item.SpecialismSkill,
        item.SuccessCriteria,
        item.Activities,
        item.TargetWeeksAfterStart is { } weeks ? plannedStart.AddDays(7 * weeks) : null);

    public static Dictionary<string, string> Validate(ObjectiveTemplateItem item)
    {
        var asInput = ToInput(item, DateOnly.MinValue).Tidied();
        var errors = PlanRules.Validate(asInput, DateOnly.MinValue);
        if (item.TargetWeeksAfterStart is < 0 or > MostWeeks)
        {
            errors[nameof(ObjectiveTemplateItem.TargetWeeksAfterStart)] =
                $"Weeks after the start must be a whole number from 0 to {MostWeeks}";
        }

        return errors;
    }

    /// <summary>Copies what a person edits, tidied, from one item to another.</summary>
    public static void Copy(ObjectiveTemplateItem from, ObjectiveTemplateItem to)
    {
        var tidied = ToInput(from, DateOnly.MinValue).Tidied();
        to.Category = from.Category;
        to.Kind = from.Kind;
        to.Description = tidied.Description;
        to.SpecialismSkill = tidied.SpecialismSkill;
        to.SuccessCriteria = tidied.SuccessCriteria;
        to.Activities = tidied.Activities;
        to.TargetWeeksAfterStart = from.TargetWeeksAfterStart;
    }
}

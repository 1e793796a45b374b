using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;

namespace PlacementTracker.Core.Plans;

/// <summary>The plan version the current agreement was fully signed with, if any, and the plan's version now.</summary>
public sealed record PlanVersions(int Current, int? SignedNumber)
{
    /// <summary>True when the plan has moved on since the agreement was signed.</summary>
    public bool ChangedSinceSigning => SignedNumber is { } signed && Current > signed;
}

/// <summary>
/// Reads and changes a placement's objectives and learning goals. Every change writes a revision saying who, when,
/// why and exactly what changed; a save that changes nothing writes nothing; a change made from a stale copy is
/// refused. Callers check first that the person may see the placement (<see cref="Access.AccessScope"/>).
/// </summary>
public sealed class PlanService(
    PlacementDbContext db,
    AuditLog audit,
    AgreementService agreements,
    TimeProvider clock)
{
    /// <summary>The plan with the objectives still on it, in order; an empty plan 1 when none was saved yet.</summary>
    public async Task<PlacementPlan> GetAsync(Guid placementId, CancellationToken cancellationToken = default)
    {
        var plan = await db.PlacementPlans
            .AsNoTracking()
            .Include(p => p.Objectives.Where(o => !o.Removed))
            .SingleOrDefaultAsync(p => p.PlacementId == placementId, cancellationToken)
            ?? new PlacementPlan { PlacementId = placementId };
        var ordered = plan.Objectives.OrderBy(o => o.Position).ToList();
        plan.Objectives.Clear();
        plan.Objectives.AddRange(ordered);
        return plan;
    }

    /// <summary>Every revision of the plan, newest first.</summary>
    public async Task<List<ObjectiveRevision>> HistoryAsync(
        Guid placementId,
        CancellationToken cancellationToken = default)
    {
        var revisions = await db.ObjectiveRevisions
            .AsNoTracking()
            .Where(r => r.PlacementId == placementId)
            .ToListAsync(cancellationToken);
        return [.. revisions.OrderByDescending(r => r.RevisedAtUtc).ThenByDescending(r => r.PlanNumber)];
    }

    public async Task<PlanVersions> VersionsAsync(Guid placementId, CancellationToken cancellationToken = default)
    {
        var current = await db.PlacementPlans
            .Where(p => p.PlacementId == placementId)
            .Select(p => (int?)p.Number)
            .SingleOrDefaultAsync(cancellationToken) ?? 1;
        var agreement = await CurrentAgreementAsync(placementId, cancellationToken);
        var signed = agreement is not null && PlanRules.IsFullySigned(agreement) ? agreement.PlanNumber : (int?)null;
        return new PlanVersions(current, signed);
    }

    /// <summary>Whether changes now need a reason (see <see cref="PlanRules.IsSet"/>).</summary>
    public async Task<bool> IsSetAsync(Guid placementId, CancellationToken cancellationToken = default)
    {
        var status = await db.Placements
            .Where(p => p.Id == placementId)
            .Select(p => p.Status)
            .SingleAsync(cancellationToken);
        return PlanRules.IsSet(status, HasSignatures(await CurrentAgreementAsync(placementId, cancellationToken)));
    }

    public async Task<EditResult> AddAsync(
        Guid placementId,
        ObjectiveInput input,
        RevisionRequest request,
        CancellationToken cancellationToken = default)
    {
        input = input.Tidied();
        if (await LockedAsync(placementId, cancellationToken) is { } locked)
        {
            return locked;
        }

        var change = await PrepareAsync(placementId, input, request, cancellationToken);
        if (change.Errors.Count > 0)
        {
            return new EditResult(change.Errors, false);
        }

        var position = await db.Objectives
            .Where(o => o.PlacementId == placementId)
            .Select(o => (int?)o.Position)
            .MaxAsync(cancellationToken) ?? 0;
        var objective = new Objective { Id = Guid.NewGuid(), PlacementId = placementId, Position = position + 1 };
        Apply(objective, input);
        db.Objectives.Add(objective);
        Revise(change, objective, PlanRules.Changes(null, input), AuditActions.ObjectiveAdded);
        return await SaveAsync(placementId, request.Actor, cancellationToken);
    }

    /// <summary>Saves the changes if the objective is still at <paramref name="version"/>.</summary>
    public async Task<EditResult> EditAsync(
        Guid placementId,
        Guid objectiveId,
        uint version,
        ObjectiveInput input,
        RevisionRequest request,
        CancellationToken cancellationToken = default)
    {
        input = input.Tidied();
        if (await LockedAsync(placementId, cancellationToken) is { } locked)
        {
            return locked;
        }

        var objective = await FindObjectiveAsync(placementId, objectiveId, cancellationToken);
        if (objective is null || objective.Version != version)
        {
            return EditResult.Conflicted;
        }

        var changes = PlanRules.Changes(ObjectiveInput.From(objective), input);
        var errors = PlanRules.Validate(input, await PlacementStartAsync(placementId, cancellationToken));
        if (errors.Count == 0 && changes.Length == 0)
        {
            return EditResult.Saved;
        }

        var change = await PrepareAsync(placementId, input, request, cancellationToken);
        if (change.Errors.Count > 0)
        {
            return new EditResult(change.Errors, false);
        }

        Apply(objective, input);
        objective.Version = version + 1;
        Revise(change, objective, changes, AuditActions.ObjectiveChanged);
        return await SaveAsync(placementId, request.Actor, cancellationToken);
    }

    /// <summary>Changes only the status, for people who record progress but do not write the plan.</summary>
    public async Task<EditResult> SetStatusAsync(
        Guid placementId,
        Guid objectiveId,
        uint version,
        ObjectiveStatus status,
        RevisionRequest request,
        CancellationToken cancellationToken = default)
    {
        var objective = await db.Objectives
            .AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == objectiveId && o.PlacementId == placementId, cancellationToken);
        if (objective is null)
        {
            return EditResult.Conflicted;
        }

        var input = ObjectiveInput.From(objective) with { Status = status };
        return await EditAsync(placementId, objectiveId, version, input, request, cancellationToken);
    }

    /// <summary>Takes the objective off the plan; it and its history are kept.</summary>
    public async Task<EditResult> RemoveAsync(
        Guid placementId,
        Guid objectiveId,
        uint version,
        RevisionRequest request,
        CancellationToken cancellationToken = default)
    {
        if (await LockedAsync(placementId, cancellationToken) is { } locked)
        {
            return locked;
        }

        var objective = await FindObjectiveAsync(placementId, objectiveId, cancellationToken);
        if (objective is null || objective.Version != version)
        {
            return EditResult.Conflicted;
        }

        var change = await PrepareAsync(placementId, null, request, cancellationToken);
        if (change.Errors.Count > 0)
        {
            return new EditResult(change.Errors, false);
        }

        objective.Removed = true;
        objective.Version = version + 1;
        var changes = $"Removed: no → yes\nDescription: {objective.Description.ReplaceLineEndings(" ")}";
        Revise(change, objective, changes, AuditActions.ObjectiveRemoved);
        return await SaveAsync(placementId, request.Actor, cancellationToken);
    }

    /// <summary>
    /// Copies a template for the student's specialism into a plan with no objectives. Target dates count from
    /// the placement's planned start. The copies are the placement's own: later changes to the template do not
    /// reach them. A plan that already has objectives is refused, so nothing is ever added twice by mistake.
    /// </summary>
    public async Task<EditResult> BuildFromTemplateAsync(
        Guid placementId,
        Guid templateId,
        Actor actor,
        CancellationToken cancellationToken = default)
    {
        if (await LockedAsync(placementId, cancellationToken) is { } locked)
        {
            return locked;
        }

        var placement = await db.Placements
            .Include(p => p.Student)
            .SingleAsync(p => p.Id == placementId, cancellationToken);
        var template = await db.ObjectiveTemplates
            .AsNoTracking()
            .Include(t => t.Items)
            .SingleOrDefaultAsync(
                t => t.Id == templateId && t.SpecialismCode == placement.Student!.SpecialismCode,
                cancellationToken);
        if (template is null)
        {
            return EditResult.Invalid("TemplateId", "Select a template for the student's occupational specialism");
        }

        if (await db.Objectives.AnyAsync(o => o.PlacementId == placementId && !o.Removed, cancellationToken))
        {
            return EditResult.Invalid("TemplateId",
                "The plan already has objectives. Add more one at a time instead of building it from a template");
        }

        var change = await PrepareAsync(placementId, null, new RevisionRequest(actor), cancellationToken, true);
        change.Plan.TemplateId = template.Id;
        if (db.Entry(change.Plan).State != EntityState.Added)
        {
            change.Plan.Version++;
        }

        var position = await db.Objectives
            .Where(o => o.PlacementId == placementId)
            .Select(o => (int?)o.Position)
            .MaxAsync(cancellationToken) ?? 0;
        foreach (var item in template.Items.OrderBy(i => i.Position))
        {
            var input = PlanTemplates.ToInput(item, placement.PlannedStart);
            var objective = new Objective { Id = Guid.NewGuid(), PlacementId = placementId, Position = ++position };
            Apply(objective, input);
            db.Objectives.Add(objective);
            Revise(change, objective, PlanRules.Changes(null, input), null);
        }

        audit.Record(actor, AuditActions.PlanBuiltFromTemplate, $"Built a plan from template {template.Name}",
            new AuditSubject(nameof(PlacementPlan), placementId.ToString(), After: template.Id.ToString()));
        return await SaveAsync(placementId, actor, cancellationToken);
    }

    /// <summary>Checks the input and the reason, and finds the plan number the change belongs to.</summary>
    private async Task<PendingChange> PrepareAsync(
        Guid placementId,
        ObjectiveInput? input,
        RevisionRequest request,
        CancellationToken cancellationToken,
        bool settingUp = false)
    {
        var placement = await db.Placements.SingleAsync(p => p.Id == placementId, cancellationToken);
        var agreement = await CurrentAgreementAsync(placementId, cancellationToken);
        var isSet = !settingUp && PlanRules.IsSet(placement.Status, HasSignatures(agreement));
        var errors = input is null ? [] : PlanRules.Validate(input, placement.PlannedStart);
        foreach (var (field, message) in PlanRules.ValidateReason(request, isSet))
        {
            errors[field] = message;
        }

        var plan = await db.PlacementPlans.SingleOrDefaultAsync(p => p.PlacementId == placementId, cancellationToken);
        if (plan is null)
        {
            plan = new PlacementPlan { PlacementId = placementId };
            if (errors.Count == 0)
            {
                db.PlacementPlans.Add(plan);
            }
        }

        var number = PlanRules.NumberForRevision(plan.Number, agreement);
        if (errors.Count == 0 && number != plan.Number)
        {
            plan.Number = number;
            plan.Version++;
        }

        var reason = settingUp ? RevisionReason.PlanSetUp : PlanRules.ReasonFor(request);
        return new PendingChange(plan, request with { Reason = reason }, errors);
    }

    private void Revise(PendingChange change, Objective objective, string changes, string? action)
    {
        var request = change.Request;
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        db.ObjectiveRevisions.Add(new ObjectiveRevision
        {
            Id = Guid.NewGuid(),
            ObjectiveId = objective.Id,
            PlacementId = objective.PlacementId,
            PlanNumber = change.Plan.Number,
            Reason = request.Reason!.Value,
            ReasonNote = note,
            Changes = changes,
            RevisedByUserId = request.Actor.UserId,
            RevisedByName = request.Actor.Name,
            RevisedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        if (action is not null)
        {
            audit.Record(request.Actor, action, $"{PlanRules.Name(objective.Category)} on plan {change.Plan.Number}",
                new AuditSubject(nameof(Objective), objective.Id.ToString(), After: changes));
        }
    }

    /// <summary>
    /// Saves the plan; then, as the objectives are signed content, brings the agreement up to date at once, which
    /// voids its signatures unless it was fully signed for an earlier plan version.
    /// </summary>
    private async Task<EditResult> SaveAsync(Guid placementId, Actor actor, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await agreements.RefreshIfGeneratedAsync(placementId, actor, cancellationToken);
            return EditResult.Saved;
        }
        catch (DbUpdateException)
        {
            // A concurrency token that moved on, or a plan someone else created a moment earlier.
            db.ChangeTracker.Clear();
            return EditResult.Conflicted;
        }
    }

    /// <summary>Refuses any change once the completion declaration is signed, until a coordinator reopens it.</summary>
    private async Task<EditResult?> LockedAsync(Guid placementId, CancellationToken cancellationToken) =>
        await new RecordLock(db).IsLockedAsync(placementId, cancellationToken)
            ? EditResult.Invalid("Reason", RecordLock.LockedMessage)
            : null;

    private Task<Objective?> FindObjectiveAsync(Guid placementId, Guid objectiveId, CancellationToken token) =>
        db.Objectives.SingleOrDefaultAsync(
            o => o.Id == objectiveId && o.PlacementId == placementId && !o.Removed,
            token);

    private Task<DateOnly> PlacementStartAsync(Guid placementId, CancellationToken cancellationToken) =>
        db.Placements.Where(p => p.Id == placementId).Select(p => p.PlannedStart).SingleAsync(cancellationToken);

    private async Task<SignedDocument?> CurrentAgreementAsync(Guid placementId, CancellationToken cancellationToken)
    {
        var agreements = await db.SignedDocuments
            .AsNoTracking()
            .Include(d => d.Signatures)
            .Where(d => d.PlacementId == placementId && d.Kind == DocumentKind.Agreement && d.ReplacedAtUtc == null)
            .ToListAsync(cancellationToken);
        return agreements.OrderByDescending(d => d.GeneratedAtUtc).FirstOrDefault();
    }

    private static bool HasSignatures(SignedDocument? agreement) =>
        agreement?.Signatures.Any(s => s.VoidedAtUtc is null) == true;

    private static void Apply(Objective objective, ObjectiveInput input)
    {
        objective.Category = input.Category;
        objective.Kind = input.Kind;
        objective.Description = input.Description;
        objective.SpecialismSkill = input.SpecialismSkill;
        objective.SuccessCriteria = input.SuccessCriteria;
        objective.Activities = input.Activities;
        objective.TargetDate = input.TargetDate;
        objective.Status = input.Status;
    }

    private sealed record PendingChange(
        PlacementPlan Plan,
        RevisionRequest Request,
        Dictionary<string, string> Errors);
}

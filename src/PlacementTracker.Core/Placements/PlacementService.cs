using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Placements;

/// <summary>
/// Sets up a student's placements and moves them through their statuses. Only coordinators and administrators
/// change anything; every change is checked, refused when the editor's copy is out of date, and audited.
/// </summary>
public sealed partial class PlacementService(
    PlacementDbContext db,
    AccessScope scope,
    AuditLog audit,
    ProviderSettingsStore settings,
    AgreementService agreements,
    Reviews.ReviewScheduler reviews,
    TimeProvider clock,
    ILogger<PlacementService> logger)
{
    public const int MaxReasonLength = 1000;

    public const string SetUpReason = "Placement set up";

    /// <summary>
    /// The student's industry placement, or an unsaved one with the specialism's hours if none exists yet.
    /// </summary>
    public async Task<IndustryPlacement?> FindIndustryPlacementAsync(Guid studentId, Viewer viewer)
    {
        var student = await scope.Students(viewer).AsNoTracking().SingleOrDefaultAsync(s => s.Id == studentId);
        return student is null
            ? null
            : await db.IndustryPlacements.AsNoTracking().SingleOrDefaultAsync(i => i.StudentId == studentId)
                ?? await NewIndustryPlacementAsync(student);
    }

    /// <summary>The student's industry placement, created with their specialism's required hours if missing.</summary>
    public async Task<IndustryPlacement?> GetOrCreateIndustryPlacementAsync(Guid studentId, Viewer viewer)
    {
        var student = viewer.MayEdit()
            ? await scope.Students(viewer).AsNoTracking().SingleOrDefaultAsync(s => s.Id == studentId)
            : null;
        if (student is null)
        {
            return null;
        }

        var industryPlacement = await TrackedIndustryPlacementAsync(student);
        await db.SaveChangesAsync();
        return industryPlacement;
    }

    public async Task<PlacementResult> ChangeRequiredHoursAsync(
        Guid studentId,
        int? hours,
        string? reason,
        uint version,
        Viewer viewer,
        Actor actor)
    {
        var student = viewer.MayEdit()
            ? await scope.Students(viewer).AsNoTracking().SingleOrDefaultAsync(s => s.Id == studentId)
            : null;
        if (student is null)
        {
            return PlacementResult.NotFound;
        }

        reason = reason?.Trim() ?? "";
        var errors = new Dictionary<string, string>();
        if (hours is not (> 0 and <= PlacementRules.MaxPlannedHours))
        {
            errors["RequiredHours"] =
                $"Enter the required hours as a whole number from 1 to {PlacementRules.MaxPlannedHours}";
        }

        if (ReasonProblem(reason, "why the required hours are changing") is { } problem)
        {
            errors["Reason"] = problem;
        }

        if (errors.Count > 0)
        {
            return new PlacementResult(errors);
        }

        var industryPlacement = await TrackedIndustryPlacementAsync(student);
        if (industryPlacement.RecordLockedAtUtc is not null)
        {
            return PlacementResult.Refused("Reason", RecordLock.LockedMessage);
        }

        if (industryPlacement.Version != version)
        {
            return PlacementResult.OutOfDate;
        }

        var before = JsonSerializer.Serialize(
            new { industryPlacement.RequiredHours, industryPlacement.RequiredHoursReason });
        (industryPlacement.RequiredHours, industryPlacement.RequiredHoursReason) = (hours!.Value, reason);
        industryPlacement.Version = version + 1;
        audit.Record(actor, AuditActions.RequiredHoursChanged, $"Changed required hours to {hours}", new AuditSubject(
            nameof(IndustryPlacement),
            industryPlacement.Id.ToString(),
            before,
            JsonSerializer.Serialize(new { industryPlacement.RequiredHours, industryPlacement.RequiredHoursReason })));
        return await SaveAsync(studentId);
    }

    /// <summary>Terms prefilled from an opportunity: its role, employer, site, delivery model and days.</summary>
    public async Task<PlacementTerms?> TermsFromOpportunityAsync(Guid opportunityId, Viewer viewer)
    {
        var opportunity = await scope.Opportunities(viewer).AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == opportunityId);
        return opportunity is null
            ? null
            : new PlacementTerms
            {
                OpportunityId = opportunity.Id,
                EmployerId = opportunity.EmployerId,
                EmployerSiteId = opportunity.EmployerSiteId,
                RoleTitle = opportunity.RoleTitle,
                DeliveryModel = opportunity.DeliveryModel,
                PlannedStart = opportunity.StartFrom,
                WorkingDays = opportunity.WorkingDays,
                WorkingHours = opportunity.WorkingHours,
            };
    }

    public async Task<PlacementResult> SetUpAsync(Guid studentId, PlacementTerms terms, Viewer viewer, Actor actor)
    {
        var student = viewer.MayEdit()
            ? await scope.Students(viewer).AsNoTracking().SingleOrDefaultAsync(s => s.Id == studentId)
            : null;
        if (student is null)
        {
            return PlacementResult.NotFound;
        }

        terms.Tidy();
        var errors = PlacementRules.Validate(terms, await FactsAsync(terms));
        if (errors.Count > 0)
        {
            return new PlacementResult(errors);
        }

        if (await db.IndustryPlacements.AnyAsync(i => i.StudentId == studentId && i.RecordLockedAtUtc != null))
        {
            return PlacementResult.Refused(nameof(PlacementTerms.EmployerId), RecordLock.LockedMessage);
        }

        if (await OpportunityProblemAsync(terms) is { } opportunityProblem)
        {
            return PlacementResult.Refused(nameof(PlacementTerms.OpportunityId), opportunityProblem);
        }

        var industryPlacement = await TrackedIndustryPlacementAsync(student);
        if (await EmployerLimitProblemAsync(industryPlacement.Id, terms.EmployerId) is { } limitProblem)
        {
            LogRefused(logger, studentId, "employer limit", actor.UserId);
            return PlacementResult.Refused(nameof(PlacementTerms.EmployerId), limitProblem);
        }

        var placement = NewPlacement(student.Id, industryPlacement.Id, terms, await StatusMove.SignerAsync(db, actor));
        db.Placements.Add(placement);
        audit.Record(actor, AuditActions.PlacementSetUp, $"Set up a placement as {placement.RoleTitle}",
            Subject(placement, null));
        await db.SaveChangesAsync();
        LogSetUp(logger, placement.Id, actor.UserId);
        return PlacementResult.Saved(placement.Id);
    }

    /// <summary>Changes a placement's terms; the employer stays the same (a new employer is a new placement).</summary>
    public async Task<PlacementResult> EditTermsAsync(
        Guid placementId,
        PlacementTerms terms,
        Viewer viewer,
        Actor actor)
    {
        var placement = await EditableAsync(placementId, viewer);
        if (placement is null)
        {
            return PlacementResult.NotFound;
        }

        if (await new RecordLock(db).IsLockedAsync(placementId))
        {
            return PlacementResult.Refused(nameof(PlacementTerms.RoleTitle), RecordLock.LockedMessage);
        }

        if (placement.Version != terms.Version)
        {
            return PlacementResult.OutOfDate;
        }

        terms.Tidy();
        terms.EmployerId = placement.EmployerId;
        var errors = PlacementRules.Validate(terms, await FactsAsync(terms));
        if (errors.Count > 0)
        {
            return new PlacementResult(errors);
        }

        var before = Snapshot(placement);
        terms.ApplyTo(placement);
        if (Snapshot(placement) == before)
        {
            return PlacementResult.Saved(placementId);
        }

        placement.Version = terms.Version + 1;
        audit.Record(actor, AuditActions.PlacementChanged, $"Changed the terms of placement {placement.RoleTitle}",
            Subject(placement, before));
        var result = await SaveAsync(placementId);
        if (result.Succeeded)
        {
            // Terms are signed content: a change voids the agreement's signatures and tells the signers now.
            await agreements.RefreshIfGeneratedAsync(placementId, actor);
        }

        return result;
    }

    public async Task<PlacementResult> ChangeStatusAsync(
        Guid placementId,
        PlacementStatus? to,
        string? reason,
        uint version,
        Viewer viewer,
        Actor actor)
    {
        var placement = await EditableAsync(placementId, viewer);
        if (placement is null)
        {
            return PlacementResult.NotFound;
        }

        if (await new RecordLock(db).IsLockedAsync(placementId))
        {
            return PlacementResult.Refused("Reason", RecordLock.LockedMessage);
        }

        if (placement.Version != version)
        {
            return PlacementResult.OutOfDate;
        }

        reason = reason?.Trim() ?? "";
        var errors = await StatusProblemsAsync(placement, to, reason);
        if (errors.Count > 0)
        {
            LogRefused(logger, placementId, "status change", actor.UserId);
            return new PlacementResult(errors);
        }

        var from = placement.Status;
        await StatusMove.ApplyAsync(db, audit, placement, to!.Value, reason, actor, clock.GetUtcNow().UtcDateTime);
        if (placement.Status == PlacementStatus.Active)
        {
            await reviews.ScheduleFormalReviewsAsync(placement, actor);
        }

        var result = await SaveAsync(placementId);
        if (result.Succeeded)
        {
            LogStatusChanged(logger, placementId, from, to.Value, actor.UserId);
        }

        return result;
    }

    /// <summary>Users linked to the employer who hold the supervisor role, by name.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> SupervisorsAsync(Guid employerId)
    {
        var supervisors = await SupervisorLinks(employerId)
            .Join(db.Users, link => link.UserId, user => user.Id, (link, user) => new { user.Id, user.DisplayName })
            .OrderBy(u => u.DisplayName)
            .ToListAsync();
        return [.. supervisors.Select(s => (s.Id, s.DisplayName))];
    }

    private async Task<Dictionary<string, string>> StatusProblemsAsync(
        Placement placement,
        PlacementStatus? to,
        string reason)
    {
        var errors = new Dictionary<string, string>();
        if (to is null)
        {
            errors["To"] = "Select the new status";
        }
        else if (!PlacementStatusFlow.Allows(placement.Status, to.Value))
        {
            errors["To"] = PlacementStatusFlow.Refusal(placement.Status, to.Value);
        }
        else if (to == PlacementStatus.Active && !await agreements.IsFullySignedAsync(placement.Id))
        {
            errors["To"] = PlacementStatusFlow.AgreementNotSigned;
        }

        if (ReasonProblem(reason, "the reason for the change") is { } problem)
        {
            errors["Reason"] = problem;
        }

        return errors;
    }

    private static string? ReasonProblem(string reason, string what) => reason.Length switch
    {
        0 => $"Enter {what}",
        > MaxReasonLength => $"The reason must be {MaxReasonLength} characters or fewer",
        _ => null,
    };

    private Placement NewPlacement(Guid studentId, Guid industryPlacementId, PlacementTerms terms, Actor actor)
    {
        var placement = new Placement
        {
            Id = Guid.NewGuid(),
            StudentId = studentId,
            IndustryPlacementId = industryPlacementId,
            OpportunityId = terms.OpportunityId,
            EmployerId = terms.EmployerId,
            Status = PlacementStatus.Planned,
        };
        terms.ApplyTo(placement);
        placement.StatusChanges.Add(Change(placement.Id, null, PlacementStatus.Planned, SetUpReason, actor));
        return placement;
    }

    private PlacementStatusChange Change(
        Guid placementId,
        PlacementStatus? from,
        PlacementStatus to,
        string reason,
        Actor actor) => new()
        {
            Id = Guid.NewGuid(),
            PlacementId = placementId,
            From = from,
            To = to,
            Reason = reason,
            ChangedByUserId = actor.UserId,
            ChangedByName = actor.Name,
            ChangedAtUtc = clock.GetUtcNow().UtcDateTime,
        };

    private Task<Placement?> EditableAsync(Guid placementId, Viewer viewer) =>
        viewer.MayEdit()
            ? scope.Placements(viewer).SingleOrDefaultAsync(p => p.Id == placementId)
            : Task.FromResult<Placement?>(null);

    private async Task<IndustryPlacement> TrackedIndustryPlacementAsync(Student student)
    {
        var existing = await db.IndustryPlacements.SingleOrDefaultAsync(i => i.StudentId == student.Id);
        if (existing is not null)
        {
            return existing;
        }

        var created = await NewIndustryPlacementAsync(student);
        db.IndustryPlacements.Add(created);
        return created;
    }

    private async Task<IndustryPlacement> NewIndustryPlacementAsync(Student student)
    {
        var specialismHours = await db.Specialisms
            .Where(s => s.Code == student.SpecialismCode)
            .Select(s => s.RequiredHours)
            .FirstOrDefaultAsync();
        var hours = specialismHours > 0 ? specialismHours : (await settings.GetAsync()).DefaultRequiredHours;
        return new IndustryPlacement { Id = Guid.NewGuid(), StudentId = student.Id, RequiredHours = hours };
    }

    /// <summary>Refuses an employer beyond the provider's limit of employers on one industry placement.</summary>
    private async Task<string?> EmployerLimitProblemAsync(Guid industryPlacementId, Guid employerId)
    {
        var employers = await db.Placements
            .Where(p => p.IndustryPlacementId == industryPlacementId && p.Status != PlacementStatus.Withdrawn)
            .Select(p => p.EmployerId)
            .Distinct()
            .ToListAsync();
        var limit = (await settings.GetAsync()).MaxEmployersPerPlacement;
        return employers.Contains(employerId) || employers.Count < limit
            ? null
            : $"This student already has placements with {employers.Count} employers, the most the provider allows";
    }

    private async Task<string?> OpportunityProblemAsync(PlacementTerms terms)
    {
        if (terms.OpportunityId is not { } opportunityId)
        {
            return null;
        }

        var employerId = await db.Opportunities
            .Where(o => o.Id == opportunityId)
            .Select(o => (Guid?)o.EmployerId)
            .SingleOrDefaultAsync();
        return employerId == terms.EmployerId ? null : "The opportunity is with a different employer";
    }

    private async Task<PlacementFacts> FactsAsync(PlacementTerms terms)
    {
        var employerExists = await db.Employers.AnyAsync(e => e.Id == terms.EmployerId);
        var siteBelongs = terms.EmployerSiteId is { } siteId
            && await db.EmployerSites.AnyAsync(s => s.Id == siteId && s.EmployerId == terms.EmployerId);
        var supervisorBelongs = terms.SupervisorUserId is { } userId
            && await SupervisorLinks(terms.EmployerId).AnyAsync(l => l.UserId == userId);
        return new PlacementFacts(employerExists, siteBelongs, supervisorBelongs);
    }

    /// <summary>The employer's supervisor links whose user still holds the supervisor role.</summary>
    private IQueryable<Employers.EmployerSupervisor> SupervisorLinks(Guid employerId) =>
        from link in db.EmployerSupervisors
        join userRole in db.UserRoles on link.UserId equals userRole.UserId
        join role in db.Roles on userRole.RoleId equals role.Id
        where link.EmployerId == employerId && role.Name == Roles.EmployerSupervisor
        select link;

    private async Task<PlacementResult> SaveAsync(Guid id)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return PlacementResult.OutOfDate;
        }

        return PlacementResult.Saved(id);
    }

    private static AuditSubject Subject(Placement placement, string? before) =>
        new(nameof(Placement), placement.Id.ToString(), before, Snapshot(placement));

    private static string Snapshot(Placement p) => JsonSerializer.Serialize(new
    {
        p.EmployerId,
        p.EmployerSiteId,
        p.SupervisorUserId,
        p.RoleTitle,
        DeliveryModel = p.DeliveryModel.ToString(),
        p.PlannedStart,
        p.PlannedEnd,
        WorkingDays = p.WorkingDays.ToString(),
        p.WorkingHours,
        p.PlannedHours,
        Status = p.Status.ToString(),
    });

    [LoggerMessage(Level = LogLevel.Information, Message = "Placement {PlacementId} set up by {UserId}")]
    private static partial void LogSetUp(ILogger logger, Guid placementId, string? userId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Placement {PlacementId} moved from {From} to {To} by {UserId}")]
    private static partial void LogStatusChanged(
        ILogger logger,
        Guid placementId,
        PlacementStatus from,
        PlacementStatus to,
        string? userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Action} for {RecordId} by {UserId}")]
    private static partial void LogRefused(ILogger logger, Guid recordId, string action, string? userId);
}

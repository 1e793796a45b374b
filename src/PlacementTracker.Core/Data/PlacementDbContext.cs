using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Feedback;
using PlacementTracker.Core.Logbook;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.ReferenceData;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Students;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Data;

/// <summary>
/// The application's data. Each database has a subclass that owns its migrations; both share this model.
/// </summary>
public abstract class PlacementDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<ProviderSettings> ProviderSettings => Set<ProviderSettings>();

    public DbSet<Route> Routes => Set<Route>();

    public DbSet<Pathway> Pathways => Set<Pathway>();

    public DbSet<Specialism> Specialisms => Set<Specialism>();

    public DbSet<SpecialConsiderationReason> SpecialConsiderationReasons => Set<SpecialConsiderationReason>();

    public DbSet<Employer> Employers => Set<Employer>();

    public DbSet<EmployerSite> EmployerSites => Set<EmployerSite>();

    public DbSet<EmployerSupervisor> EmployerSupervisors => Set<EmployerSupervisor>();

    public DbSet<EmployerContact> EmployerContacts => Set<EmployerContact>();

    public DbSet<Accountability> Accountabilities => Set<Accountability>();

    public DbSet<DueDiligenceCheck> DueDiligenceChecks => Set<DueDiligenceCheck>();

    public DbSet<Opportunity> Opportunities => Set<Opportunity>();

    public DbSet<OpportunitySpecialism> OpportunitySpecialisms => Set<OpportunitySpecialism>();

    public DbSet<Student> Students => Set<Student>();

    public DbSet<IndustryPlacement> IndustryPlacements => Set<IndustryPlacement>();

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<PlacementStatusChange> PlacementStatusChanges => Set<PlacementStatusChange>();

    public DbSet<Monitoring.PlacementRagChange> PlacementRagChanges => Set<Monitoring.PlacementRagChange>();

    public DbSet<PlacementPlan> PlacementPlans => Set<PlacementPlan>();

    public DbSet<Objective> Objectives => Set<Objective>();

    public DbSet<ObjectiveRevision> ObjectiveRevisions => Set<ObjectiveRevision>();

    public DbSet<ObjectiveTemplate> ObjectiveTemplates => Set<ObjectiveTemplate>();

    public DbSet<ObjectiveTemplateItem> ObjectiveTemplateItems => Set<ObjectiveTemplateItem>();

    public DbSet<SignedDocument> SignedDocuments => Set<SignedDocument>();

    public DbSet<Signature> Signatures => Set<Signature>();

    public DbSet<TimeEntry> TimeEntries => Set<TimeEntry>();

    public DbSet<Attendance> Attendances => Set<Attendance>();

    public DbSet<Timesheet> Timesheets => Set<Timesheet>();

    public DbSet<TimesheetApprovalLink> TimesheetApprovalLinks => Set<TimesheetApprovalLink>();

    public DbSet<FeedbackNote> FeedbackNotes => Set<FeedbackNote>();

    public DbSet<LogbookEntry> LogbookEntries => Set<LogbookEntry>();

    public DbSet<LogbookObjective> LogbookObjectives => Set<LogbookObjective>();

    public DbSet<LogbookEvidence> LogbookEvidence => Set<LogbookEvidence>();

    public DbSet<LogbookComment> LogbookComments => Set<LogbookComment>();

    public DbSet<SubjectLeadPathway> SubjectLeadPathways => Set<SubjectLeadPathway>();

    public DbSet<Progress.ClosureDay> ClosureDays => Set<Progress.ClosureDay>();

    public DbSet<Reviews.Review> Reviews => Set<Reviews.Review>();

    public DbSet<Reviews.ReviewRating> ReviewRatings => Set<Reviews.ReviewRating>();

    public DbSet<Reviews.ReviewObjectiveUpdate> ReviewObjectiveUpdates => Set<Reviews.ReviewObjectiveUpdate>();

    public DbSet<Reviews.ReviewAction> ReviewActions => Set<Reviews.ReviewAction>();

    public DbSet<Reviews.ReviewConfirmation> ReviewConfirmations => Set<Reviews.ReviewConfirmation>();

    public DbSet<Reviews.ProgressIndicatorArea> ProgressIndicatorAreas => Set<Reviews.ProgressIndicatorArea>();

    public DbSet<Reviews.ProgressIndicatorLevel> ProgressIndicatorLevels => Set<Reviews.ProgressIndicatorLevel>();

    public DbSet<Completion.CompletionReview> CompletionReviews => Set<Completion.CompletionReview>();

    public DbSet<Reminders.SentReminder> SentReminders => Set<Reminders.SentReminder>();

    public DbSet<Reminders.ReminderKindSwitchedOff> ReminderKindsSwitchedOff =>
        Set<Reminders.ReminderKindSwitchedOff>();

    public DbSet<Calendar.CalendarFeedToken> CalendarFeedTokens => Set<Calendar.CalendarFeedToken>();

    public DbSet<Completion.AppraisalRating> AppraisalRatings => Set<Completion.AppraisalRating>();

    public DbSet<Progress.ApprovedTimeTotal> ApprovedTimeTotals => Set<Progress.ApprovedTimeTotal>();

    public override int SaveChanges() => SaveChanges(acceptAllChangesOnSuccess: true);

    public override Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) =>
        SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return Progress.ApprovedTimeTotals.PlacementsTouched(ChangeTracker).Count == 0
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : SaveWithTotalsAsync(acceptAllChangesOnSuccess, CancellationToken.None).GetAwaiter().GetResult();
    }

    public override Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        return SaveWithTotalsAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Saves, and in the same transaction recomputes the approved time totals of the placements whose time or
    /// approved weeks the save changed, so that progress read from the totals never lags behind an approval.
    /// </summary>
    private async Task<int> SaveWithTotalsAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var touched = Progress.ApprovedTimeTotals.PlacementsTouched(ChangeTracker);
        if (touched.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await Progress.ApprovedTimeTotals.RebuildAsync(this, touched, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    /// <summary>The audit log is append-only: an event, once written, is never changed or removed.</summary>
    private void RefuseAuditChanges()
    {
        var tampered = ChangeTracker.Entries<AuditEvent>()
            .Any(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (tampered)
        {
            throw new InvalidOperationException("Audit events are append-only and cannot be changed or deleted.");
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PlacementDbContext).Assembly);
    }
}

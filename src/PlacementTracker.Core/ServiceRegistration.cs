using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.ReferenceData;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core;

public static class ServiceRegistration
{
    public static IServiceCollection AddPlacementCore(this IServiceCollection services)
    {
        services.AddScoped<AccessScope>();
        services.AddScoped<AuditLog>();
        services.AddScoped<ReferenceDataLoader>();
        services.AddScoped<ProviderSettingsStore>();
        services.AddScoped<StudentService>();
        services.AddScoped<StudentSearch>();
        services.AddScoped<Importing.StudentImport>();
        services.AddScoped<Importing.EmployerImport>();
        services.AddScoped<EmployerRecords>();
        services.AddScoped<OpportunityRecords>();
        services.AddScoped<Agreements.AgreementService>();
        services.AddScoped<Placements.PlacementService>();
        services.AddScoped<Matching.MatchFinder>();
        services.AddScoped<PlanService>();
        services.AddScoped<Timesheets.TimesheetService>();
        services.AddScoped<Progress.ProgressService>();
        services.AddScoped<Progress.ClosureDays>();
        services.AddScoped<Reviews.ProgressIndicatorDefaults>();
        services.AddScoped<Reviews.ProgressIndicatorFramework>();
        services.AddScoped<Reviews.ReviewScheduler>();
        services.AddScoped<Reviews.ReviewService>();
        services.AddScoped<Completion.RecordLock>();
        services.AddScoped<Outcomes.OutcomeService>();
        services.AddScoped<Results.ResultsExport>();
        services.AddScoped<Results.WorkPlacementExport>();
        services.AddScoped<Completion.CompletionReviewService>();
        services.AddScoped<Completion.GoodPracticeBank>();
        services.AddScoped<Completion.SpecialConsiderationService>();
        services.AddScoped<Completion.DeclarationService>();
        services.AddScoped<Completion.EvidencePack>();
        services.AddScoped<ObjectiveTemplateLibrary>();
        services.AddScoped<ObjectiveTemplateStarterSet>();
        services.AddScoped<Feedback.FeedbackService>();
        services.AddScoped<Logbook.LogbookService>();
        services.AddScoped<Monitoring.CaseloadLoader>();
        services.AddScoped<Monitoring.PlacementTimeline>();
        services.AddScoped<Monitoring.PlacementRagRecorder>();
        services.AddScoped<Demo.DemoDataSeeder>();
        services.AddSingleton(new Reminders.ReminderOptions());
        services.AddScoped<Reminders.IReminderFinder, Reminders.ReviewDueReminders>();
        services.AddScoped<Reminders.IReminderFinder, Reminders.TimesheetAwaitingApprovalReminders>();
        services.AddScoped<Reminders.IReminderFinder, Reminders.LogbookStaleReminders>();
        services.AddScoped<Reminders.IReminderFinder, Reminders.AgreementSignatureReminders>();
        services.AddScoped<Reminders.IReminderFinder, Reminders.DueDiligenceExpiryReminders>();
        services.AddScoped<Reminders.IReminderFinder, Reminders.WeeklyDigestReminders>();
        services.AddScoped<Reminders.ReminderRun>();
        services.AddScoped<Reminders.ReminderSwitches>();
        services.AddScoped<Calendar.CalendarFeed>();
        return services;
    }
}

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
        services.AddScoped<ObjectiveTemplateLibrary>();
        services.AddScoped<ObjectiveTemplateStarterSet>();
        services.AddScoped<Feedback.FeedbackService>();
        services.AddScoped<Logbook.LogbookService>();
        services.AddScoped<Demo.DemoDataSeeder>();
        return services;
    }
}

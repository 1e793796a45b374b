using PlacementTracker.Core.Accounts;

namespace PlacementTracker.Web.Infrastructure;

public static class Policies
{
    public const string Administrator = nameof(Administrator);
    public const string Staff = nameof(Staff);

    /// <summary>Staff and employer supervisors may open employers and opportunities; students may not.</summary>
    public const string EmployersArea = nameof(EmployersArea);

    public const string EmployerEditor = nameof(EmployerEditor);
}

public static class PagesSetup
{
    public static void AddPages(this WebApplicationBuilder builder)
    {
        // Serve the compressed assets the build made, in every environment, when running from source;
        // a published app has them in wwwroot and this does nothing.
        builder.WebHost.UseStaticWebAssets();

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Staff))
            .AddPolicy(Policies.EmployersArea, p => p.RequireRole([.. Roles.Staff, Roles.EmployerSupervisor]))
            .AddPolicy(Policies.EmployerEditor, p => p.RequireRole(Roles.Administrator, Roles.PlacementCoordinator));

        builder.Services
            .AddRazorPages(pages =>
            {
                pages.Conventions.AuthorizeFolder("/");
                pages.Conventions.AuthorizeFolder("/Admin", Policies.Administrator);
                pages.Conventions.AuthorizeFolder("/Employers", Policies.EmployersArea);
                pages.Conventions.AuthorizeFolder("/Opportunities", Policies.EmployersArea);
                pages.Conventions.AllowAnonymousToFolder("/Errors");
                pages.Conventions.AllowAnonymousToPage("/Cookies");
            })
            .AddMvcOptions(mvc =>
            {
                mvc.Filters.Add<InvalidFormStatusFilter>();
                var messages = mvc.ModelBindingMessageProvider;
                messages.SetAttemptedValueIsInvalidAccessor((_, field) => $"Enter {field}");
                messages.SetValueMustBeANumberAccessor(field => $"Enter {field}");
                messages.SetValueMustNotBeNullAccessor(field => $"Enter {field}");
                messages.SetMissingBindRequiredValueAccessor(field => $"Enter {field}");
            });

        builder.Services.AddScoped<ShellInfo>();
        builder.Services.AddScoped<DemoStart>();
        builder.Services.AddScoped<Pages.Placements.Achievements.AchievementsDocument>();
        builder.Services.AddSingleton<Employers.EvidenceStore>();
        builder.Services.AddHttpContextAccessor();
    }

    public static void UsePlacementTracker(this WebApplication app)
    {
        app.UseReverseProxyHeaders();
        app.UseExceptionHandler("/Errors/500");
        app.UseStatusCodePagesWithReExecute("/Errors/{0}");
        app.UseSecurityHeaders();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapStaticAssets();
        app.MapHealthChecks("/health", HealthResponse.Options);
        app.MapRazorPages().WithStaticAssets();
    }
}

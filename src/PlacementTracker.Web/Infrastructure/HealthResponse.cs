using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace PlacementTracker.Web.Infrastructure;

/// <summary>/health answers with the overall status and each check, for load balancers and operators.</summary>
public static class HealthResponse
{
    public static HealthCheckOptions Options { get; } = new()
    {
        ResponseWriter = async (context, report) =>
        {
            context.Response.ContentType = "application/json";
            await JsonSerializer.SerializeAsync(context.Response.Body, new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            });
        },
    };
}

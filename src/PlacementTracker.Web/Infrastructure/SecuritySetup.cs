using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Web.Infrastructure;

public static class SecuritySetup
{
    public const string SignInRateLimit = "sign-in";

    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static void AddSecurity(this WebApplicationBuilder builder)
    {
        var attemptsPerMinute = builder.Configuration.GetValue("SignIn:AttemptsPerMinute", 20);

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };

            // Only attempts count: loading the page, or being sent to it, is free.
            limiter.AddPolicy(SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = attemptsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                : RateLimitPartition.GetNoLimiter("page"));
        });

        builder.Services.AddAntiforgery(o => o.Cookie.Name = "pt_antiforgery");

        // Keys in the database let every instance behind a load balancer read the others' cookies.
        builder.Services.AddDataProtection()
            .SetApplicationName("PlacementTracker")
            .PersistKeysToDbContext<PlacementDbContext>();
    }

    /// <summary>
    /// Behind a reverse proxy (ReverseProxy:Enabled), take the client's address and scheme from the proxy's
    /// X-Forwarded-For and X-Forwarded-Proto, so rate limits count people rather than the proxy.
    /// </summary>
    public static void UseReverseProxyHeaders(this WebApplication app)
    {
        if (!app.Configuration.GetValue("ReverseProxy:Enabled", false))
        {
            return;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
        };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        app.UseForwardedHeaders(options);
    }

    /// <summary>Headers sent with every response; the policy allows no inline script or style.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            await next();
        });
}

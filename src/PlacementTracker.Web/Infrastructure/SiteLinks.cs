namespace PlacementTracker.Web.Infrastructure;

/// <summary>
/// Absolute links for emails, built from the configured public address (Site:BaseUrl) and never from the
/// request's Host header, which a caller controls.
/// </summary>
public sealed class SiteLinks(Uri baseUrl)
{
    public Uri BaseUrl { get; } = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

    public Uri To(string pathAndQuery) => new(BaseUrl, pathAndQuery.TrimStart('/'));

    public static SiteLinks FromConfiguration(IConfiguration configuration)
    {
        var configured = configuration["Site:BaseUrl"];
        if (!Uri.TryCreate(configured, UriKind.Absolute, out var baseUrl)
            || baseUrl.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException(
                "Site:BaseUrl must be the absolute http or https address people use to reach the app, " +
                "such as https://placements.college.ac.uk/.");
        }

        return new SiteLinks(baseUrl);
    }
}

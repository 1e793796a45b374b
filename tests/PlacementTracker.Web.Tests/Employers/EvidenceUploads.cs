using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Web.Tests.Support;

namespace PlacementTracker.Web.Tests.Employers;

/// <summary>Posts the due-diligence form as a browser would, as multipart with a file.</summary>
public static class EvidenceUploads
{
    public static readonly byte[] Pdf = "%PDF-1.7\n%evidence\n"u8.ToArray();

    public static async Task<HttpResponseMessage> UploadAsync(
        HttpClient client,
        Employer employer,
        string fileName,
        byte[] content,
        string kind = nameof(DueDiligenceKind.EmployersLiabilityInsurance))
    {
        var path = $"/Employers/{employer.Id}/Check";
        var form = await client.GetDocumentAsync(path);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "Input.Kind" },
            { new StringContent("2026-09-01"), "Input.CheckedOn" },
            { new StringContent("2027-08-31"), "Input.ExpiresOn" },
            { new ByteArrayContent(content), "Input.Evidence", fileName },
        };
        return await client.PostAsync(path, body);
    }

    public static Task<DueDiligenceCheck> CheckOfAsync(TestApp app, Employer employer) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlacementDbContext>()
            .DueDiligenceChecks.AsNoTracking().SingleAsync(c => c.EmployerId == employer.Id));
}

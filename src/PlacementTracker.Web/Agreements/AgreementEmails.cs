using PlacementTracker.Core.Agreements;
using PlacementTracker.Web.Email;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Agreements;

/// <summary>Emails the people whose signatures a change to an agreement voided, with a link to sign again.</summary>
public sealed class AgreementEmails(Mailer mailer, SiteLinks links, ILogger<AgreementEmails> logger)
    : IAgreementMessages
{
    public async Task AgreementChangedAsync(
        Guid placementId,
        IReadOnlyList<AgreementSigner> signers,
        CancellationToken cancellationToken = default)
    {
        var link = links.To($"Placements/{placementId}/Agreement");
        foreach (var signer in signers)
        {
            var capacity = AgreementView.CapacityName(signer.Capacity).ToLowerInvariant();
            var body = $"""
                Hello {signer.Name},

                The placement agreement you signed as the {capacity} has changed,
                so your signature no longer applies to it.

                Read the new version and sign it again here:
                {link}
                """;
            await mailer.SendAsync(
                new OutgoingEmail(signer.Email, signer.Name, "Sign the changed placement agreement again", body),
                cancellationToken);
        }

        logger.LogInformation(
            "Told {Count} signers that the agreement for placement {PlacementId} changed",
            signers.Count,
            placementId);
    }
}

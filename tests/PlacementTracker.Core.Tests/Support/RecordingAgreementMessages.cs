using PlacementTracker.Core.Agreements;

namespace PlacementTracker.Core.Tests.Support;

/// <summary>Keeps the agreement messages the service would send, so tests can see who would be told.</summary>
internal sealed class RecordingMessages : IAgreementMessages
{
    public List<(Guid PlacementId, IReadOnlyList<AgreementSigner> Signers)> Sent { get; } = [];

    public Task AgreementChangedAsync(
        Guid placementId,
        IReadOnlyList<AgreementSigner> signers,
        CancellationToken cancellationToken = default)
    {
        Sent.Add((placementId, signers));
        return Task.CompletedTask;
    }
}

namespace PlacementTracker.Core.Agreements;

/// <summary>Tells people about their agreements; the web app sends these as email.</summary>
public interface IAgreementMessages
{
    /// <summary>The agreement changed after these people signed it, so their signatures no longer stand.</summary>
    Task AgreementChangedAsync(
        Guid placementId,
        IReadOnlyList<AgreementSigner> signers,
        CancellationToken cancellationToken = default);
}

/// <summary>Someone whose signature on an agreement was voided, and where to reach them.</summary>
public sealed record AgreementSigner(string Email, string Name, SignerCapacity Capacity);

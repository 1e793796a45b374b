namespace PlacementTracker.Core.Agreements;

/// <summary>
/// A document people sign: its content frozen as text when generated, and the SHA-256 hash of that text. A
/// placement has at most one current document of each kind; a replaced one is kept with the time it was replaced.
/// </summary>
public class SignedDocument
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    public DocumentKind Kind { get; set; }

    /// <summary>The exact text signers see.</summary>
    public string Content { get; set; } = "";

    /// <summary>SHA-256 of <see cref="Content"/> as UTF-8, in lower-case hex.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>The plan version whose objectives the content holds.</summary>
    public int PlanNumber { get; set; }

    public DateTime GeneratedAtUtc { get; set; }

    /// <summary>When new content replaced this one; null while it is current.</summary>
    public DateTime? ReplacedAtUtc { get; set; }

    public List<Signature> Signatures { get; } = [];
}

/// <summary>Someone's signature on a document: who, in what capacity, when, and the hash of what they saw.</summary>
public class Signature
{
    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    public SignerCapacity Capacity { get; set; }

    public string? SignerUserId { get; set; }

    /// <summary>The signer's name at the time of signing.</summary>
    public string SignerName { get; set; } = "";

    public DateTime SignedAtUtc { get; set; }

    public string ContentHash { get; set; } = "";

    /// <summary>When a change to the content voided this signature; null while it stands.</summary>
    public DateTime? VoidedAtUtc { get; set; }
}

public enum DocumentKind
{
    Agreement,
    CompletionDeclaration,
}

public enum SignerCapacity
{
    Student,
    Provider,
    Employer,
}

using System.ComponentModel.DataAnnotations;

namespace PlacementTracker.Core.Identifiers;

/// <summary>
/// A postcode that <see cref="Postcode.Normalise"/> accepts. A blank value passes: whether one is needed is
/// for <see cref="RequiredAttribute"/> to say.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RealPostcodeAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || Postcode.Normalise(text) is not null;
}

using PlacementTracker.Core.Identifiers;

namespace PlacementTracker.Core.Tests.Identifiers;

public class IdentifierTests
{
    [Theory]
    [InlineData("1000000043", true)]
    [InlineData("1000000063", false)]
    [InlineData("0000000043", false)]
    [InlineData("100000004", false)]
    [InlineData("10000000431", false)]
    [InlineData("10000000AB", false)]
    [InlineData(" 1000000043 ", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Uln_IsValid_FollowsTheIlrCheckDigitRule(string? uln, bool valid) =>
        Assert.Equal(valid, Uln.IsValid(uln));

    [Fact]
    public void Uln_CheckDigitFor_CompletesAValidUln()
    {
        Assert.Equal(3, Uln.CheckDigitFor("100000004"));
        for (var n = 100_000_000; n < 100_000_200; n++)
        {
            var firstNine = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Uln.CheckDigitFor(firstNine) is { } digit)
            {
                Assert.True(Uln.IsValid(firstNine + digit), firstNine + digit);
            }
        }
    }

    [Theory]
    [InlineData("10000000", true)]
    [InlineData("99999999", true)]
    [InlineData("10012345", true)]
    [InlineData("09999999", false)]
    [InlineData("1001234", false)]
    [InlineData("100123456", false)]
    [InlineData("1001234X", false)]
    [InlineData(null, false)]
    public void Ukprn_IsValid_AcceptsEightDigitsFromTenMillion(string? ukprn, bool valid) =>
        Assert.Equal(valid, Ukprn.IsValid(ukprn));

    [Theory]
    [InlineData("ls1 4ap", "LS1 4AP")]
    [InlineData("SW1A1AA", "SW1A 1AA")]
    [InlineData("  m14  5tq ", "M14 5TQ")]
    [InlineData("EC1A 1BB", "EC1A 1BB")]
    [InlineData("B15 2TT", "B15 2TT")]
    [InlineData("LS1 4CI", null)]
    [InlineData("12345", null)]
    [InlineData("LS1", null)]
    [InlineData("", null)]
    public void Postcode_Normalise_UpperCasesSpacesAndChecksTheIlrPattern(string input, string? expected) =>
        Assert.Equal(expected, Postcode.Normalise(input));
}

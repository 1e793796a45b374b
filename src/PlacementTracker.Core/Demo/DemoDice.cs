using Bogus;

namespace PlacementTracker.Core.Demo;

/// <summary>The seeded randomness behind the demo data, so every run builds the same college.</summary>
internal sealed class DemoDice(int seed)
{
    /// <summary>The letters a postcode's inward code may end with.</summary>
    private const string InwardCodeLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private readonly Randomizer random = new(seed);

    public Guid NewId() => random.Guid();

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Number(items.Count - 1)];

    public int Between(int min, int max) => random.Number(min, max);

    public bool Chance(float probability) => random.Bool(probability);

    public List<T> Shuffle<T>(IEnumerable<T> items) => [.. random.Shuffle(items)];

    public string Digits(int count) => random.ReplaceNumbers(new string('#', count));

    public string Postcode(DemoTown town) =>
        $"{Pick(town.OutwardCodes)} {random.Number(9)}{random.String2(2, InwardCodeLetters)}";
}

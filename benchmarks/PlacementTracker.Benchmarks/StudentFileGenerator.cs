using System.Globalization;
using Bogus;
using PlacementTracker.Core.Exports;
using PlacementTracker.Core.Identifiers;
using PlacementTracker.Core.Importing;
using PlacementTracker.Core.ReferenceData;

namespace PlacementTracker.Benchmarks;

/// <summary>
/// Writes a student import file of any size that passes every import rule: unique ULNs with valid check digits,
/// real specialisms of their pathways, real postcodes, and names with accents such as Agnès, Zoë and Siân.
/// The same seed always gives the same file.
/// </summary>
public static class StudentFileGenerator
{
    private static readonly string[] AccentedGivenNames = ["Agnès", "Zoë", "Siân", "Chloë", "Niamh", "Rhiannon"];

    private static readonly string[] Postcodes =
        ["LS1 4AP", "M1 1AE", "B1 1BB", "S1 2HE", "NG1 5FS", "BD1 1HY", "HX1 1UZ", "WF1 2SR"];

    private static readonly IReadOnlyList<CsvColumn<Row>> Columns =
    [
        CsvColumn.Text<Row>(StudentImportFile.Uln, r => r.Uln),
        CsvColumn.Text<Row>(StudentImportFile.StudentNumber, r => r.StudentNumber),
        CsvColumn.Text<Row>(StudentImportFile.GivenName, r => r.GivenName),
        CsvColumn.Text<Row>(StudentImportFile.FamilyName, r => r.FamilyName),
        CsvColumn.Date<Row>(StudentImportFile.DateOfBirth, r => r.DateOfBirth),
        CsvColumn.Text<Row>(StudentImportFile.Email, r => r.Email),
        CsvColumn.Text<Row>(StudentImportFile.CoreCode, r => r.CoreCode),
        CsvColumn.Text<Row>(StudentImportFile.SpecialismCode, r => r.SpecialismCode),
        CsvColumn.Text<Row>(StudentImportFile.Cohort, _ => "2025 to 2027"),
        CsvColumn.Date<Row>(StudentImportFile.ExpectedEndDate, _ => new DateOnly(2027, 7, 16)),
        CsvColumn.Text<Row>(StudentImportFile.Postcode, r => r.Postcode),
    ];

    public static async Task<byte[]> GenerateAsync(int rows, int seed)
    {
        var faker = new Faker("en_GB") { Random = new Randomizer(seed) };
        var specialisms = ReferenceDataFiles.ReadSpecialisms().ToList();
        var ulns = new HashSet<string>();
        var students = Enumerable.Range(0, rows).Select(i =>
        {
            var specialism = faker.PickRandom(specialisms);
            return new Row(
                NewUln(faker, ulns),
                $"S{100000 + i}",
                faker.Random.Bool(0.1f) ? faker.PickRandom(AccentedGivenNames) : faker.Name.FirstName(),
                faker.Name.LastName(),
                new DateOnly(2008, 9, 1).AddDays(faker.Random.Int(0, 364)),
                $"student{i}@example.com",
                specialism.CoreCode,
                specialism.Code,
                faker.PickRandom(Postcodes));
        }).ToList();

        using var output = new MemoryStream();
        await CsvExport.WriteAsync(output, Columns, students);
        return output.ToArray();
    }

    private static string NewUln(Faker faker, HashSet<string> taken)
    {
        while (true)
        {
            var firstNine = faker.Random.Long(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
            if (Uln.CheckDigitFor(firstNine) is int checkDigit && taken.Add($"{firstNine}{checkDigit}"))
            {
                return $"{firstNine}{checkDigit}";
            }
        }
    }

    private sealed record Row(
        string Uln,
        string StudentNumber,
        string GivenName,
        string FamilyName,
        DateOnly DateOfBirth,
        string Email,
        string CoreCode,
        string SpecialismCode,
        string Postcode);
}

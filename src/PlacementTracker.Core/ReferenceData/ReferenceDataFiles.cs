using System.Globalization;
using CsvHelper;

namespace PlacementTracker.Core.ReferenceData;

/// <summary>Reads the reference data files shipped inside this assembly.</summary>
public static class ReferenceDataFiles
{
    public static IReadOnlyList<Route> ReadRoutes() =>
        Read("routes", row => new Route
        {
            Id = row.Parse<int>("route_id"),
            Name = Text(row, "route_name"),
        });

    public static IReadOnlyList<Pathway> ReadPathways() =>
        Read("pathways", row => new Pathway
        {
            CoreCode = Text(row, "core_code"),
            Name = Text(row, "pathway_name"),
            RouteId = row.Parse<int>("route_id"),
            FirstTeachingYear = row.Parse<int>("first_teaching_year"),
        });

    public static IReadOnlyList<Specialism> ReadSpecialisms() =>
        Read("specialisms", row => new Specialism
        {
            Code = Text(row, "specialism_code"),
            Name = Text(row, "specialism_name"),
            CoreCode = Text(row, "core_code"),
            RequiredHours = row.Parse<int>("required_hours"),
            RemoteCapPercent = row.Parse<int>("remote_cap_percent"),
            FlexibleApproachesAllowed = Text(row, "flexible_approaches_allowed") == "yes",
        });

    public static IReadOnlyList<SpecialConsiderationReason> ReadSpecialConsiderationReasons() =>
        Read("special-consideration-reasons", row => new SpecialConsiderationReason
        {
            Code = Text(row, "code"),
            Reason = Text(row, "reason"),
            ValidFrom = OptionalDate(row, "valid_from"),
            ValidTo = OptionalDate(row, "valid_to"),
        });

    private static List<T> Read<T>(string name, Func<CsvReader, T> map)
    {
        var assembly = typeof(ReferenceDataFiles).Assembly;
        using var stream = assembly.GetManifestResourceStream($"ReferenceData.{name}.csv")
            ?? throw new InvalidOperationException($"Reference data file {name}.csv is not embedded.");
        using var csv = CsvReader.Create(stream);

        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(csv));
        }

        return rows;
    }

    private static string Text(CsvReader row, string column) => row.GetString(column).Trim();

    private static DateOnly? OptionalDate(CsvReader row, string column)
    {
        var text = Text(row, column);
        return text.Length == 0 ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}

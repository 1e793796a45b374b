using System.Text;

namespace PlacementTracker.Core.Tests.Results;

/// <summary>
/// Checks a results upload file against every rule DOMAIN.md gives for DfE's Manage T Level results service,
/// written from DOMAIN.md alone and sharing no code with the writer, so a mistake in one shows up in the other.
/// </summary>
public static class DfeResultsFileValidator
{
    public const string SpecialConsideration = "Placement completed with special consideration";

    private static readonly string[] Header =
    [
        "ULN",
        "Core code",
        "Industry placement status",
        "Industry placement hours",
        "Reason for special consideration",
    ];

    private static readonly string[] Statuses =
    [
        "Placement completed",
        SpecialConsideration,
        "Placement still to be completed",
        "Placement will not be completed",
    ];

    /// <summary>The reason codes of reference/special-consideration-reasons.csv.</summary>
    public static readonly string[] ReasonCodes = ["ML", "MF", "B", "D", "T", "A", "U", "W", "C"];

    /// <summary>Every rule the file breaks; empty when DfE would accept it.</summary>
    public static IReadOnlyList<string> Problems(byte[] file)
    {
        var problems = new List<string>();
        if (file.Length > 2 * 1024 * 1024)
        {
            problems.Add("The file is over 2 MB");
        }

        var lines = Parse(new UTF8Encoding(false, true).GetString(file));
        if (lines.Count == 0 || !lines[0].SequenceEqual(Header))
        {
            problems.Add("The header is not ULN, Core code, Industry placement status, Industry placement hours, "
                + "Reason for special consideration");
            return problems;
        }

        var learners = lines.Skip(1).ToList();
        if (learners.Count > 1000)
        {
            problems.Add($"The file has {learners.Count} learners; the most is 1,000");
        }

        var seen = new HashSet<string>();
        for (var i = 0; i < learners.Count; i++)
        {
            problems.AddRange(RowProblems(learners[i]).Select(p => $"Row {i + 2}: {p}"));
            if (learners[i].Count > 0 && !seen.Add(learners[i][0]))
            {
                problems.Add($"Row {i + 2}: ULN {learners[i][0]} is already in the file");
            }
        }

        return problems;
    }

    public static IReadOnlyList<IReadOnlyList<string>> Rows(byte[] file) =>
        [.. Parse(Encoding.UTF8.GetString(file)).Skip(1)];

    private static IEnumerable<string> RowProblems(IReadOnlyList<string> row)
    {
        if (row.Count != 5)
        {
            yield return $"{row.Count} fields instead of 5";
            yield break;
        }

        var (uln, coreCode, status, hours, reasons) = (row[0], row[1], row[2], row[3], row[4]);
        if (!IsUln(uln))
        {
            yield return $"ULN {uln} is not 10 digits with a valid check digit";
        }

        if (coreCode.Length != 8)
        {
            yield return $"Core code {coreCode} is not 8 characters";
        }

        if (!Statuses.Contains(status))
        {
            yield return $"Status {status} is not one of DfE's";
        }
        else if (status == SpecialConsideration)
        {
            foreach (var problem in SpecialConsiderationProblems(hours, reasons))
            {
                yield return problem;
            }
        }
        else if (hours.Length > 0 || reasons.Length > 0)
        {
            yield return "Hours or reasons are given without special consideration";
        }
    }

    private static IEnumerable<string> SpecialConsiderationProblems(string hours, string reasons)
    {
        if (hours.Length is 0 or > 3
            || !hours.All(char.IsAsciiDigit)
            || int.Parse(hours, System.Globalization.CultureInfo.InvariantCulture) is < 1 or > 999)
        {
            yield return $"Hours {hours} are not a whole number from 1 to 999";
        }

        var codes = reasons.Split(',');
        if (reasons.Length == 0 || codes.Any(c => !ReasonCodes.Contains(c)))
        {
            yield return $"Reasons {reasons} are not DfE's codes separated by commas";
        }

        if (codes.Distinct().Count() != codes.Length)
        {
            yield return $"Reasons {reasons} repeat a code";
        }
    }

    /// <summary>DOMAIN.md: 10 digits, not starting 0; digits 1 to 9 weighted 10 down to 2, sum mod 11.</summary>
    private static bool IsUln(string uln)
    {
        if (uln.Length != 10 || !uln.All(char.IsAsciiDigit) || uln[0] == '0')
        {
            return false;
        }

        var sum = Enumerable.Range(0, 9).Sum(i => (uln[i] - '0') * (10 - i));
        return sum % 11 != 0 && uln[9] - '0' == 10 - (sum % 11);
    }

    /// <summary>RFC 4180: fields split by commas, quoted fields may hold commas and doubled quotes.</summary>
    private static List<IReadOnlyList<string>> Parse(string text)
    {
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}

namespace PlacementTracker.Core.Importing;

/// <summary>The columns of a student import file, as a college's student record system exports them.</summary>
public static class StudentImportFile
{
    public const string Uln = "ULN";
    public const string StudentNumber = "Student number";
    public const string GivenName = "Given name";
    public const string FamilyName = "Family name";
    public const string DateOfBirth = "Date of birth";
    public const string Email = "Email";
    public const string CoreCode = "Core code";
    public const string SpecialismCode = "Specialism code";
    public const string Cohort = "Cohort";
    public const string ExpectedEndDate = "Expected end date";
    public const string Postcode = "Postcode";
    public const string TutorEmail = "Tutor email";

    public static IReadOnlyList<string> RequiredColumns { get; } =
    [
        Uln, StudentNumber, GivenName, FamilyName, DateOfBirth, Email, CoreCode, SpecialismCode, Cohort,
        ExpectedEndDate, Postcode,
    ];

    public static IReadOnlyList<string> AllColumns { get; } = [.. RequiredColumns, TutorEmail];

    public static ImportFileContent Read(byte[] content) => ImportFile.Read(content, RequiredColumns, AllColumns);

    /// <summary>The header row and one example row, for colleges to fill in.</summary>
    public static string Template() =>
        string.Join(',', AllColumns) + "\r\n"
        + "1000000043,S12345,Jordan,Smith,2009-03-14,jordan.smith@example.com,60358300,ZTLOS001,2025 to 2027,"
        + "2027-07-16,LS1 4AP,\r\n";
}

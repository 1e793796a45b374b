namespace PlacementTracker.Core.Importing;

/// <summary>
/// The columns of an employer import file: the employer's own details, then its main site and its main
/// contact, each an optional group.
/// </summary>
public static class EmployerImportFile
{
    public const string Reference = "Reference";
    public const string Name = "Name";
    public const string Sector = "Sector";
    public const string EdsNumber = "EDS number";
    public const string Phone = "Phone";
    public const string Email = "Email";
    public const string Website = "Website";
    public const string UsualHours = "Usual hours";
    public const string DressCode = "Dress code or PPE";
    public const string SiteInduction = "Site induction";
    public const string BeforeDayOne = "Before day one";
    public const string SupportNotes = "Support notes";
    public const string FundingNotes = "Funding notes";
    public const string SiteName = "Site name";
    public const string AddressLine1 = "Address line 1";
    public const string AddressLine2 = "Address line 2";
    public const string Town = "Town";
    public const string SitePostcode = "Site postcode";
    public const string ContactName = "Contact name";
    public const string ContactJobTitle = "Contact job title";
    public const string ContactEmail = "Contact email";
    public const string ContactPhone = "Contact phone";

    /// <summary>Every file must have these; every other column may be left out.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = [Reference, Name];

    public static IReadOnlyList<string> EmployerColumns { get; } =
    [
        Reference, Name, Sector, EdsNumber, Phone, Email, Website, UsualHours, DressCode, SiteInduction, BeforeDayOne,
        SupportNotes, FundingNotes,
    ];

    public static IReadOnlyList<string> SiteColumns { get; } =
        [SiteName, AddressLine1, AddressLine2, Town, SitePostcode];

    public static IReadOnlyList<string> ContactColumns { get; } =
        [ContactName, ContactJobTitle, ContactEmail, ContactPhone];

    public static IReadOnlyList<string> AllColumns { get; } = [.. EmployerColumns, .. SiteColumns, .. ContactColumns];

    public static ImportFileContent Read(byte[] content) => ImportFile.Read(content, RequiredColumns, AllColumns);

    /// <summary>The header row and one example row, for colleges to fill in.</summary>
    public static string Template() =>
        string.Join(',', AllColumns) + "\r\n"
        + "ACME-1,Acme Engineering Ltd,Engineering and manufacturing,123456789,01632 960 001,"
        + "placements@acme.example.com,"
        + "https://www.acme.example.com,8am to 4pm Monday to Friday,Safety boots and overalls (provided),"
        + "Half a day with the site safety officer,Bring photo ID on the first morning,"
        + "Quiet room and flexible breaks available,Employer Support Fund claim made,"
        + "Head office,Unit 4 Mill Lane,Holbeck,Leeds,LS11 5AA,Priya Shah,Placement manager,"
        + "priya.shah@acme.example.com,01632 960 002\r\n";
}

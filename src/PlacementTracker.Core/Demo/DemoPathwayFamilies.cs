namespace PlacementTracker.Core.Demo;

/// <summary>An employer of the demo college; a prospect has offered placements but hosts none yet.</summary>
internal sealed record DemoEmployerProfile(string Name, string Sector, string SupervisorTitle, bool Prospect = false);

/// <summary>
/// Pathways that share a subject, whatever their version (core code), with the employers that place
/// their students. A cohort takes the newest version first taught by the year it started. Offices and
/// workshops may be on business parks; nurseries, schools and care settings are not.
/// </summary>
internal sealed record DemoPathwayFamily(
    string Name,
    IReadOnlyList<string> CoreCodes,
    int Students,
    IReadOnlyList<DemoEmployerProfile> Employers,
    IReadOnlyList<string>? SpecialismNames = null,
    bool OnBusinessParks = false);

internal static class DemoPathwayFamilies
{
    /// <summary>The employer of the demo supervisor, who supervises the demo student.</summary>
    public const string DemoEmployerName = "Northgate Software Ltd";

    public static DemoPathwayFamily Education { get; } = new(
        "Education and Early Years",
        ["60358294", "61057484"],
        24,
        [
            new("Little Acorns Day Nursery", "Early years childcare", "Nursery manager"),
            new("Rainbow Tree Nursery", "Early years childcare", "Room leader"),
            new("Sunflower Kindergarten", "Early years childcare", "Deputy manager"),
            new("Tiddlers Pre-School", "Early years childcare", "Pre-school leader"),
            new("Hollybank Primary School", "Primary education", "Early years lead"),
            new("St Aidan's CE Primary School", "Primary education", "Deputy headteacher"),
            new("Meadowfield Infant School", "Primary education", "Reception class teacher"),
            new("Brook Lane Children's Centre", "Early years childcare", "Centre manager", Prospect: true),
        ]);

    public static DemoPathwayFamily SoftwareDevelopment { get; } = new(
        "Digital software development",
        ["60358324", "61058014"],
        18,
        [
            new(DemoEmployerName, "Software development", "Senior software developer"),
            new("Pennine Digital Studio", "Web design and development", "Studio lead"),
            new("Brightwave Apps Ltd", "Mobile app development", "Development team lead"),
            new("Redkite Games", "Games development", "Lead programmer"),
            new("Ironbridge Web Solutions", "Web design and development", "Technical director", Prospect: true),
        ],
        OnBusinessParks: true);

    public static DemoPathwayFamily DigitalSupport { get; } = new(
        "Digital support and security",
        ["60369012", "6105799X"],
        14,
        [
            new("Castlegate IT Support", "IT support services", "Service desk manager"),
            new("Fenland Networks Ltd", "Network installation", "Installation supervisor"),
            new("Secure Harbour Cyber Ltd", "Cyber security", "Security operations manager"),
            new("Moorside Managed Services", "Managed IT services", "Infrastructure lead"),
            new("Keystone Computer Services", "IT support services", "Owner", Prospect: true),
        ],
        OnBusinessParks: true);

    public static DemoPathwayFamily Health { get; } = new(
        "Health",
        ["6037066X"],
        18,
        [
            new("Riverside Care Home", "Adult social care", "Registered manager"),
            new("Oakwood Medical Practice", "Primary care", "Practice nurse"),
            new("Greenfields Mental Health Centre", "Mental health services", "Charge nurse"),
            new("Beacon Physiotherapy Clinic", "Physiotherapy", "Senior physiotherapist"),
            new("Willowbrook Community Hospital", "Community healthcare", "Ward manager"),
            new("Cedar Lodge Nursing Home", "Adult social care", "Deputy manager", Prospect: true),
        ],
        [
            "Supporting Healthcare: Supporting the Adult Nursing Team",
            "Supporting Healthcare: Supporting the Mental Health Team",
            "Supporting Healthcare: Supporting the Therapy Teams",
        ]);

    public static DemoPathwayFamily OnsiteConstruction { get; } = new(
        "Onsite Construction",
        ["60369176"],
        14,
        [
            new("Hargreaves & Sons Builders", "House building", "Site manager"),
            new("Redbrick Homes Ltd", "House building", "Site supervisor"),
            new("Thornton Joinery", "Joinery and carpentry", "Workshop foreman"),
            new("Millstone Plastering Contractors", "Plastering", "Contracts manager"),
            new("Ashworth Decorators", "Painting and decorating", "Owner", Prospect: true),
        ]);

    public static DemoPathwayFamily ManagementAndAdministration { get; } = new(
        "Management and Administration",
        ["61001115"],
        10,
        [
            new("Greenway Housing Association", "Social housing", "Office manager"),
            new("Parkside Logistics Ltd", "Logistics", "Operations manager"),
            new("Marlow Office Services", "Business services", "Team leader"),
            new("Kingsway Property Management", "Property management", "Administration manager"),
        ],
        OnBusinessParks: true);

    public static DemoPathwayFamily Accounting { get; } = new(
        "Accounting",
        ["61000079"],
        10,
        [
            new("Whitfield & Co Chartered Accountants", "Accountancy", "Audit manager"),
            new("Ledgerline Bookkeeping", "Bookkeeping", "Senior bookkeeper"),
            new("Kestrel Payroll Services", "Payroll services", "Payroll manager"),
            new("Barker Lane Accountants", "Accountancy", "Practice manager"),
        ],
        OnBusinessParks: true);

    public static DemoPathwayFamily EngineeringMaintenance { get; } = new(
        "Maintenance, Installation and Repair for Engineering and Manufacturing",
        ["61006920"],
        12,
        [
            new("Calder Precision Engineering", "Precision engineering", "Maintenance manager"),
            new("Tyne Valley Maintenance Ltd", "Industrial maintenance", "Engineering supervisor"),
            new("Midland Automation Services", "Automation and controls", "Lead engineer"),
            new("Humber Electrical Engineering", "Electrical engineering", "Electrical supervisor"),
        ],
        OnBusinessParks: true);

    public static IReadOnlyList<DemoPathwayFamily> All { get; } =
    [
        Education, SoftwareDevelopment, DigitalSupport, Health, OnsiteConstruction,
        ManagementAndAdministration, Accounting, EngineeringMaintenance,
    ];

    public static string RoleTitleFor(string specialismName) =>
        RoleTitles.TryGetValue(specialismName, out var title) ? title : $"Industry placement: {specialismName}";

    private static readonly Dictionary<string, string> RoleTitles = new(StringComparer.Ordinal)
    {
        ["Early Years Educator"] = "Trainee early years practitioner",
        ["Assisting Teaching"] = "Trainee teaching assistant",
        ["Digital Production, Design and Development"] = "Junior software developer",
        ["Digital Software Development"] = "Junior software developer",
        ["Digital Infrastructure"] = "IT infrastructure technician (trainee)",
        ["Network Cabling"] = "Trainee network cabling technician",
        ["Digital Support"] = "IT service desk technician (trainee)",
        ["Cyber Security"] = "Trainee cyber security analyst",
        ["Supporting Healthcare: Supporting the Adult Nursing Team"] = "Healthcare assistant (adult nursing)",
        ["Supporting Healthcare: Supporting the Mental Health Team"] = "Mental health support worker (trainee)",
        ["Supporting Healthcare: Supporting the Therapy Teams"] = "Therapy assistant (trainee)",
        ["Bricklaying"] = "Trainee bricklayer",
        ["Carpentry and Joinery"] = "Trainee carpenter and joiner",
        ["Painting and Decorating"] = "Trainee painter and decorator",
        ["Plastering"] = "Trainee plasterer",
        ["Business Improvement"] = "Business improvement assistant",
        ["Team Leadership / Management"] = "Trainee team leader",
        ["Business Support"] = "Business support administrator",
        ["Assistant Accountant"] = "Accounts assistant",
        ["Maintenance Engineering Technologies: Mechanical"] = "Trainee mechanical maintenance technician",
        ["Maintenance Engineering Technologies: Mechatronics"] = "Trainee mechatronics technician",
        ["Maintenance Engineering Technologies: Electrical & Electronics"] =
            "Trainee electrical maintenance technician",
        ["Maintenance Engineering Technologies: Control & Instrumentation"] = "Trainee instrumentation technician",
        ["Light and Electric Vehicles"] = "Trainee electric vehicle technician",
    };
}

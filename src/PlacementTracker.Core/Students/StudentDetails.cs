using System.Text.Json.Serialization;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Students;

/// <summary>A student's details as added or edited: everything but restricted data.</summary>
public sealed class StudentDetails
{
    public string Uln { get; set; } = "";

    public string StudentNumber { get; set; } = "";

    public string GivenName { get; set; } = "";

    public string FamilyName { get; set; } = "";

    public DateOnly? DateOfBirth { get; set; }

    public string? Email { get; set; }

    public string CoreCode { get; set; } = "";

    public string SpecialismCode { get; set; } = "";

    public string Cohort { get; set; } = "";

    public DateOnly? ExpectedEndDate { get; set; }

    public string? TutorUserId { get; set; }

    public string? Postcode { get; set; }

    public WorkingDays Availability { get; set; }

    public int? TravelMaxMinutes { get; set; }

    public int? TravelMaxMiles { get; set; }

    public TravelModes TravelModes { get; set; }

    /// <summary>The version the editor started from; ignored when adding.</summary>
    [JsonIgnore]
    public uint Version { get; set; }

    public static StudentDetails From(Student s) => new()
    {
        Uln = s.Uln,
        StudentNumber = s.StudentNumber,
        GivenName = s.GivenName,
        FamilyName = s.FamilyName,
        DateOfBirth = s.DateOfBirth,
        Email = s.Email,
        CoreCode = s.CoreCode,
        SpecialismCode = s.SpecialismCode,
        Cohort = s.Cohort,
        ExpectedEndDate = s.ExpectedEndDate,
        TutorUserId = s.TutorUserId,
        Postcode = s.Postcode,
        Availability = s.Availability,
        TravelMaxMinutes = s.TravelMaxMinutes,
        TravelMaxMiles = s.TravelMaxMiles,
        TravelModes = s.TravelModes,
        Version = s.Version,
    };

    /// <summary>Trims text, empties blanks and normalises identifiers, before the details are checked.</summary>
    public void Tidy()
    {
        Uln = (Uln ?? "").Trim();
        StudentNumber = (StudentNumber ?? "").Trim();
        GivenName = (GivenName ?? "").Trim();
        FamilyName = (FamilyName ?? "").Trim();
        Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        CoreCode = (CoreCode ?? "").Trim();
        SpecialismCode = (SpecialismCode ?? "").Trim();
        Cohort = (Cohort ?? "").Trim();
        TutorUserId = string.IsNullOrWhiteSpace(TutorUserId) ? null : TutorUserId;
        Postcode = string.IsNullOrWhiteSpace(Postcode)
            ? null
            : Identifiers.Postcode.Normalise(Postcode) ?? Postcode.Trim();
    }

    public void ApplyTo(Student s)
    {
        s.Uln = Uln;
        s.StudentNumber = StudentNumber;
        s.GivenName = GivenName;
        s.FamilyName = FamilyName;
        s.DateOfBirth = DateOfBirth!.Value;
        s.Email = Email;
        s.CoreCode = CoreCode;
        s.SpecialismCode = SpecialismCode;
        s.Cohort = Cohort;
        s.ExpectedEndDate = ExpectedEndDate!.Value;
        s.TutorUserId = TutorUserId;
        s.Postcode = Postcode;
        s.Availability = Availability;
        s.TravelMaxMinutes = TravelMaxMinutes;
        s.TravelMaxMiles = TravelMaxMiles;
        s.TravelModes = TravelModes;
    }
}

/// <summary>What the rules need to know from the database to check a student's details.</summary>
public sealed record StudentFacts(
    bool PathwayExists,
    string? SpecialismPathway,
    bool TutorHasTutorRole,
    bool UlnBelongsToAnotherStudent);

using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Students;

/// <summary>The add and edit student form, kept apart from the entity so only these fields can be posted.</summary>
public sealed class StudentInput
{
    [Display(Name = "the ULN")]
    public string? Uln { get; set; }

    [Display(Name = "the student number")]
    public string? StudentNumber { get; set; }

    [Display(Name = "the given name")]
    public string? GivenName { get; set; }

    [Display(Name = "the family name")]
    public string? FamilyName { get; set; }

    [Display(Name = "the date of birth")]
    public DateOnly? DateOfBirth { get; set; }

    [Display(Name = "the email address")]
    public string? Email { get; set; }

    public string? CoreCode { get; set; }

    public string? SpecialismCode { get; set; }

    [Display(Name = "the cohort")]
    public string? Cohort { get; set; }

    [Display(Name = "the expected end date")]
    public DateOnly? ExpectedEndDate { get; set; }

    public string? TutorUserId { get; set; }

    [Display(Name = "the home postcode")]
    public string? Postcode { get; set; }

    public List<WorkingDays> Availability { get; set; } = [];

    [Display(Name = "the longest travel time")]
    public int? TravelMaxMinutes { get; set; }

    [Display(Name = "the furthest travel distance")]
    public int? TravelMaxMiles { get; set; }

    public List<TravelModes> TravelModes { get; set; } = [];

    public uint Version { get; set; }

    public static StudentInput From(StudentDetails d) => new()
    {
        Uln = d.Uln,
        StudentNumber = d.StudentNumber,
        GivenName = d.GivenName,
        FamilyName = d.FamilyName,
        DateOfBirth = d.DateOfBirth,
        Email = d.Email,
        CoreCode = d.CoreCode,
        SpecialismCode = d.SpecialismCode,
        Cohort = d.Cohort,
        ExpectedEndDate = d.ExpectedEndDate,
        TutorUserId = d.TutorUserId,
        Postcode = d.Postcode,
        Availability = [.. Enum.GetValues<WorkingDays>()
            .Where(day => day != WorkingDays.None && d.Availability.HasFlag(day))],
        TravelMaxMinutes = d.TravelMaxMinutes,
        TravelMaxMiles = d.TravelMaxMiles,
        TravelModes = [.. Enum.GetValues<TravelModes>().Where(m => m != Core.Students.TravelModes.None
            && d.TravelModes.HasFlag(m))],
        Version = d.Version,
    };

    public StudentDetails ToDetails() => new()
    {
        Uln = Uln ?? "",
        StudentNumber = StudentNumber ?? "",
        GivenName = GivenName ?? "",
        FamilyName = FamilyName ?? "",
        DateOfBirth = DateOfBirth,
        Email = Email,
        CoreCode = CoreCode ?? "",
        SpecialismCode = SpecialismCode ?? "",
        Cohort = Cohort ?? "",
        ExpectedEndDate = ExpectedEndDate,
        TutorUserId = TutorUserId,
        Postcode = Postcode,
        Availability = Availability.Aggregate(WorkingDays.None, (all, day) => all | day),
        TravelMaxMinutes = TravelMaxMinutes,
        TravelMaxMiles = TravelMaxMiles,
        TravelModes = TravelModes.Aggregate(Core.Students.TravelModes.None, (all, mode) => all | mode),
        Version = Version,
    };
}

/// <summary>What the student form partial shows: the values and the choices.</summary>
public sealed record StudentForm(StudentInput Input, StudentChoices Choices);

/// <summary>The choices on the student form: pathways, their specialisms and the tutors.</summary>
public sealed record StudentChoices(
    IReadOnlyList<FieldOption> Pathways,
    IReadOnlyList<FieldOption> Specialisms,
    IReadOnlyList<FieldOption> Tutors)
{
    public static IReadOnlyList<FieldOption> Days { get; } =
    [
        .. Enum.GetValues<WorkingDays>().Where(d => d != WorkingDays.None).Select(d => new FieldOption(d.ToString(),
            d.ToString())),
    ];

    public static IReadOnlyList<FieldOption> Modes { get; } =
    [
        .. Enum.GetValues<TravelModes>().Where(m => m != TravelModes.None).Select(m => new FieldOption(m.ToString(),
            m == TravelModes.Lift ? "Lift from family or friends" : m.ToString())),
    ];

    public static async Task<StudentChoices> LoadAsync(PlacementDbContext db, StudentService students)
    {
        var pathways = await db.Pathways.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.CoreCode).ToListAsync();
        var specialisms = await db.Specialisms.AsNoTracking().OrderBy(s => s.Name).ToListAsync();
        var names = pathways.ToDictionary(p => p.CoreCode, p => $"{p.Name} ({p.CoreCode})");
        return new StudentChoices(
            [new("", "Select a pathway"), .. pathways.Select(p => new FieldOption(p.CoreCode, names[p.CoreCode]))],
            [
                new("", "Select a specialism"),
                .. specialisms
                    .OrderBy(s => names[s.CoreCode], StringComparer.Ordinal)
                    .Select(s => new FieldOption(s.Code, $"{s.Name} ({s.RequiredHours} hours)", names[s.CoreCode])),
            ],
            [new("", "No tutor yet"), .. (await students.TutorsAsync()).Select(t => new FieldOption(t.Id, t.Name))]);
    }
}

using System.Net.Mail;
using PlacementTracker.Core.Identifiers;

namespace PlacementTracker.Core.Students;

/// <summary>What a student record must satisfy before it is saved. Returns one message per field to fix.</summary>
public static class StudentRules
{
    public const int NoteLength = 4000;

    public static IReadOnlyDictionary<string, string> Validate(StudentDetails d, StudentFacts facts, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        CheckUln(errors, d.Uln, facts);
        Required(errors, nameof(d.StudentNumber), d.StudentNumber, 20, "Enter the college student number",
            "Student number must be 20 characters or fewer");
        Required(errors, nameof(d.GivenName), d.GivenName, 100, "Enter the student's given name",
            "Given name must be 100 characters or fewer");
        Required(errors, nameof(d.FamilyName), d.FamilyName, 100, "Enter the student's family name",
            "Family name must be 100 characters or fewer");
        CheckDateOfBirth(errors, d.DateOfBirth, today);
        CheckEmail(errors, d.Email);
        CheckCourse(errors, d, facts);
        Required(errors, nameof(d.Cohort), d.Cohort, 20, "Enter the cohort, for example 2025 to 2027",
            "Cohort must be 20 characters or fewer");
        if (d.ExpectedEndDate is null)
        {
            errors[nameof(d.ExpectedEndDate)] = "Enter the date the student's course is expected to end";
        }

        if (d.TutorUserId is not null && !facts.TutorHasTutorRole)
        {
            errors[nameof(d.TutorUserId)] = "Select a tutor from the list";
        }

        if (d.Postcode is not null && Postcode.Normalise(d.Postcode) is null)
        {
            errors[nameof(d.Postcode)] = "Enter a real postcode, like LS1 4AP";
        }

        CheckTravel(errors, d);
        return errors;
    }

    /// <summary>The message for a ULN that is not valid, or null when it is.</summary>
    public static string? UlnProblem(string uln)
    {
        if (uln.Length == 0)
        {
            return "Enter the student's ULN";
        }

        if (uln.Length != 10 || !uln.All(char.IsAsciiDigit) || uln[0] == '0')
        {
            return "Enter a ULN of 10 digits that does not start with 0";
        }

        return Uln.IsValid(uln) ? null : $"ULN {uln} fails its check digit";
    }

    /// <summary>An adjustment may be shared with the employer only while the student's consent is recorded.</summary>
    public static string? SharingProblem(Student student, bool share) =>
        share && !student.MayShareAdjustments
            ? "Record the student's consent to share adjustments with the employer before sharing one"
            : null;

    public static string? NoteProblem(string? note, string what) =>
        note is { Length: > NoteLength } ? $"{what} must be {NoteLength} characters or fewer" : null;

    private static void CheckUln(Dictionary<string, string> errors, string uln, StudentFacts facts)
    {
        if (UlnProblem(uln) is { } problem)
        {
            errors[nameof(StudentDetails.Uln)] = problem;
        }
        else if (facts.UlnBelongsToAnotherStudent)
        {
            errors[nameof(StudentDetails.Uln)] = $"ULN {uln} already belongs to another student";
        }
    }

    private static void CheckDateOfBirth(Dictionary<string, string> errors, DateOnly? born, DateOnly today)
    {
        if (born is null)
        {
            errors[nameof(StudentDetails.DateOfBirth)] = "Enter the student's date of birth";
        }
        else if (born > today.AddYears(-13) || born < today.AddYears(-100))
        {
            errors[nameof(StudentDetails.DateOfBirth)] =
                "Date of birth must be a real date for a student aged 13 to 100";
        }
    }

    private static void CheckEmail(Dictionary<string, string> errors, string? email)
    {
        if (email is null)
        {
            return;
        }

        if (email.Length > 256 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            errors[nameof(StudentDetails.Email)] =
                "Enter an email address in the correct format, like name@example.com";
        }
    }

    private static void CheckCourse(Dictionary<string, string> errors, StudentDetails d, StudentFacts facts)
    {
        if (!facts.PathwayExists)
        {
            errors[nameof(d.CoreCode)] = "Select the student's T Level pathway";
        }

        if (facts.SpecialismPathway is null)
        {
            errors[nameof(d.SpecialismCode)] = "Select the student's occupational specialism";
        }
        else if (facts.PathwayExists && facts.SpecialismPathway != d.CoreCode)
        {
            errors[nameof(d.SpecialismCode)] = "Select an occupational specialism of the student's pathway";
        }
    }

    private static void CheckTravel(Dictionary<string, string> errors, StudentDetails d)
    {
        if (d.TravelMaxMinutes is < 1 or > 300)
        {
            errors[nameof(d.TravelMaxMinutes)] = "Travel time must be a whole number of minutes from 1 to 300";
        }

        if (d.TravelMaxMiles is < 1 or > 200)
        {
            errors[nameof(d.TravelMaxMiles)] = "Travel distance must be a whole number of miles from 1 to 200";
        }
    }

    private static void Required(Dictionary<string, string> errors, string field, string value, int max,
        string missing, string tooLong)
    {
        if (value.Length == 0)
        {
            errors[field] = missing;
        }
        else if (value.Length > max)
        {
            errors[field] = tooLong;
        }
    }
}

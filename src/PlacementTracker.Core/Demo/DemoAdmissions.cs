using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Identifiers;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.ReferenceData;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Demo;

/// <summary>A demo student with the journey dealt to them and the course they are on.</summary>
internal sealed record DemoLearner(
    Student Student,
    DemoJourney Journey,
    DemoCohort Cohort,
    Specialism Specialism,
    bool IsDemoStudent = false);

/// <summary>Enrols the students: identifiers, names, course, cohort and personal tutor.</summary>
internal sealed class DemoAdmissions(
    DemoDice dice,
    DemoCalendar calendar,
    DemoStaff staff,
    IReadOnlyList<Specialism> specialisms)
{
    /// <summary>A second-year student is placed only while enough of their course is left.</summary>
    private const int SecondYearDaysNeeded = 60;

    private readonly HashSet<string> ulns = [];
    private readonly HashSet<string> studentNumbers = [];

    public List<DemoLearner> EnrolAll()
    {
        var demoStudent = EnrolDemoStudent();
        var journeys = DemoJourneys.Deal(dice, demoStudent.Journey.Family);
        var tutors = staff.Tutors;
        return [demoStudent, .. journeys.Select((j, i) => Enrol(j, tutors[(i + 1) % tutors.Count]))];
    }

    /// <summary>The student behind the demo student sign-in, on an active placement with the demo supervisor.</summary>
    private DemoLearner EnrolDemoStudent()
    {
        var journey = new DemoJourney(DemoPathwayFamilies.SoftwareDevelopment, PlacementStatus.Active);
        var learner = Enrol(journey, staff[Roles.Tutor]);
        var user = staff[Roles.Student];
        var names = user.DisplayName.Split(' ', 2);
        learner.Student.GivenName = names[0];
        learner.Student.FamilyName = names[1];
        learner.Student.Email = user.Email;
        learner.Student.UserId = user.Id;
        return learner with { IsDemoStudent = true };
    }

    private DemoLearner Enrol(DemoJourney journey, AppUser tutor)
    {
        var cohort = CohortFor(journey);
        var specialism = SpecialismFor(journey.Family, cohort);
        return new DemoLearner(NewStudent(cohort, specialism, tutor), journey, cohort, specialism);
    }

    private Student NewStudent(DemoCohort cohort, Specialism specialism, AppUser tutor)
    {
        var number = NewStudentNumber();
        return new Student
        {
            Id = dice.NewId(),
            Uln = NewUln(),
            StudentNumber = $"S{number}",
            GivenName = dice.Pick(DemoNames.StudentGivenNames),
            FamilyName = dice.Pick(DemoNames.FamilyNames),
            DateOfBirth = BirthDateFor(cohort),
            Email = $"s{number}@students.{DemoDataSeeder.EmailDomain}",
            CoreCode = specialism.CoreCode,
            SpecialismCode = specialism.Code,
            Cohort = cohort.Name,
            ExpectedEndDate = cohort.ExpectedEnd,
            Postcode = dice.Postcode(dice.Pick(DemoPlaces.Towns)),
            TutorUserId = tutor.Id,
        };
    }

    /// <summary>Second years have finished or left a placement; first years mostly have theirs ahead.</summary>
    private DemoCohort CohortFor(DemoJourney journey) => journey.Status switch
    {
        PlacementStatus.Completed or PlacementStatus.Withdrawn => calendar.SecondYear,
        PlacementStatus.Active or PlacementStatus.OnHold when SecondYearHasTimeLeft()
            && (FirstYearStillToStart() || journey.Earlier != DemoEarlierPlacement.None || dice.Chance(0.6f))
            => calendar.SecondYear,
        _ => calendar.FirstYear,
    };

    private bool FirstYearStillToStart() => calendar.FirstYear.Start > calendar.Today;

    private bool SecondYearHasTimeLeft() =>
        calendar.DaysUntil(calendar.SecondYear.ExpectedEnd) >= SecondYearDaysNeeded;

    private Specialism SpecialismFor(DemoPathwayFamily family, DemoCohort cohort)
    {
        var coreCode = CoreCodeFor(family, cohort);
        var choices = specialisms
            .Where(s => s.CoreCode == coreCode)
            .Where(s => family.SpecialismNames is null || family.SpecialismNames.Contains(s.Name))
            .ToList();
        return dice.Pick(choices);
    }

    /// <summary>The newest version of the pathway already taught when the cohort started.</summary>
    private string CoreCodeFor(DemoPathwayFamily family, DemoCohort cohort)
    {
        var versions = specialisms
            .Select(s => s.Pathway!)
            .Where(p => family.CoreCodes.Contains(p.CoreCode))
            .DistinctBy(p => p.CoreCode)
            .OrderBy(p => p.FirstTeachingYear)
            .ToList();
        if (versions.Count == 0)
        {
            throw new InvalidOperationException(
                $"Load the reference data before the demo data: no pathway {string.Join(", ", family.CoreCodes)}.");
        }

        return (versions.LastOrDefault(p => p.FirstTeachingYear <= cohort.StartYear) ?? versions[0]).CoreCode;
    }

    /// <summary>Born in the school year that made them 16 by the September they started; 16 or over today.</summary>
    private DateOnly BirthDateFor(DemoCohort cohort)
    {
        var earliest = new DateOnly(cohort.StartYear - 17, 9, 1);
        var latest = new DateOnly(cohort.StartYear - 16, 8, 31);
        var born = earliest.AddDays(dice.Between(0, latest.DayNumber - earliest.DayNumber));
        var sixteenToday = calendar.Today.AddYears(-16);
        return born > sixteenToday ? sixteenToday : born;
    }

    /// <summary>A new valid ULN: ten digits, not starting with 0, ending in the DD01 check digit.</summary>
    private string NewUln()
    {
        while (true)
        {
            var firstNine = $"{dice.Between(1, 9)}{dice.Digits(8)}";
            if (Uln.CheckDigitFor(firstNine) is int checkDigit && ulns.Add($"{firstNine}{checkDigit}"))
            {
                return $"{firstNine}{checkDigit}";
            }
        }
    }

    /// <summary>The six digits of a new college student number.</summary>
    private string NewStudentNumber()
    {
        while (true)
        {
            var number = $"{dice.Between(1, 9)}{dice.Digits(5)}";
            if (studentNumbers.Add(number))
            {
                return number;
            }
        }
    }
}

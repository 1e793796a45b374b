using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Demo;

/// <summary>
/// Fills in what the placement team knows about each demo student: availability, travel, work readiness,
/// training, notes, and for a few, SEND needs and adjustments. Uses dice of its own, so adding to the
/// profiles never changes the rest of the college.
/// </summary>
internal sealed class DemoStudentProfiles(DemoDice dice, DemoCalendar calendar, string pastoralName)
{
    private static readonly string[] Needs =
    [
        "Dyslexia: reads slowly and prefers instructions in writing.",
        "Autism: finds sudden changes to plans and noisy spaces hard.",
        "Type 1 diabetes: needs breaks to check blood sugar and eat.",
        "Anxiety: meeting new people in large groups is difficult at first.",
        "Hearing impairment in one ear: may miss spoken instructions in noisy areas.",
    ];

    private static readonly (string Text, bool Shareable)[] Adjustments =
    [
        ("Written instructions for new tasks", true),
        ("A quiet space to take breaks", true),
        ("Flexible break times to manage a health condition", true),
        ("A named buddy for the first week", true),
        ("Extra time for written tasks", true),
        ("Time off for hospital appointments, arranged through the college", false),
    ];

    private static readonly string[] TrainingCourses =
    [
        "Health and safety induction",
        "Workplace behaviours and professionalism",
        "Safeguarding awareness",
        "CV writing and interview practice",
        "GDPR and confidentiality",
    ];

    private static readonly string[] PriorLearning =
    [
        "GCSE English and maths at grade 5 or above.",
        "Saturday job in retail for a year.",
        "Volunteers at a local youth club.",
        "Completed a summer work taster with a local employer.",
        "Duke of Edinburgh bronze award.",
    ];

    public void Fill(IReadOnlyList<Student> students)
    {
        for (var i = 0; i < students.Count; i++)
        {
            var student = students[i];
            FillAvailabilityAndTravel(student);
            FillReadiness(student);
            if (i == 0 || dice.Chance(0.15f))
            {
                FillSend(student, consents: i == 0 || dice.Chance(0.6f));
            }
        }
    }

    private void FillAvailabilityAndTravel(Student student)
    {
        student.Availability = WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday | WorkingDays.Thursday
            | WorkingDays.Friday;
        if (dice.Chance(0.2f))
        {
            student.Availability |= WorkingDays.Saturday;
        }

        student.TravelMaxMinutes = dice.Pick([30, 45, 60, 75]);
        student.TravelMaxMiles = dice.Chance(0.5f) ? dice.Pick([5, 10, 15, 20]) : null;
        student.TravelModes = dice.Pick([
            TravelModes.Bus,
            TravelModes.Bus | TravelModes.Train,
            TravelModes.Walk | TravelModes.Bus,
            TravelModes.Cycle,
            TravelModes.Car,
            TravelModes.Lift | TravelModes.Bus,
        ]);
    }

    private void FillReadiness(Student student)
    {
        student.PriorLearning = dice.Pick(PriorLearning);
        student.ProgressNotes = dice.Pick([
            "On track in all units.",
            "Strong practical work; written assignments need support.",
            "Attendance improving after a slow start.",
        ]);
        if (!dice.Chance(0.7f))
        {
            return;
        }

        student.WorkReadinessAssessedOn = calendar.Today.AddDays(-dice.Between(14, 120));
        student.WorkReadinessNotes = "Assessed with their tutor before placement matching.";
        foreach (var area in ProgressIndicators.Areas)
        {
            student.WorkReadinessRatings.Add(new WorkReadinessRating
            {
                StudentId = student.Id,
                Area = area,
                Level = dice.Pick(ProgressIndicators.Levels),
            });
        }

        foreach (var course in TrainingCourses.Take(dice.Between(1, TrainingCourses.Length)))
        {
            student.Training.Add(new PreparationTraining
            {
                Id = dice.NewId(),
                StudentId = student.Id,
                What = course,
                CompletedOn = calendar.Today.AddDays(-dice.Between(7, 150)),
            });
        }
    }

    private void FillSend(Student student, bool consents)
    {
        student.SendNeeds = dice.Pick(Needs);
        student.SharingConsentGiven = consents;
        student.SharingConsentRecordedOn = calendar.Today.AddDays(-dice.Between(10, 60));
        student.SharingConsentRecordedBy = pastoralName;
        var chosen = dice.Shuffle(Adjustments)
            .Take(dice.Between(1, 2))
            .Append(Adjustments[^1])
            .Distinct();
        foreach (var (text, shareable) in chosen)
        {
            student.Adjustments.Add(new ReasonableAdjustment
            {
                Id = dice.NewId(),
                StudentId = student.Id,
                Description = text,
                ShareWithEmployer = consents && shareable,
            });
        }
    }
}

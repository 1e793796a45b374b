using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Feedback;
using PlacementTracker.Core.Logbook;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Benchmarks;

/// <summary>
/// The other records the caseload's status engine reads, at the volume a college year would have: three reviews
/// a placement (start held and rated, middle held for most and overdue for some, end due), a logbook entry every
/// other week (some students stopped writing), a plan of four objectives (a few overdue), a signed agreement (a
/// few missing the employer's signature), recent absence and lateness for some, supervisors' feedback notes (a
/// few recent concerns), and five due-diligence checks an employer (a few expired).
/// </summary>
internal static class CollegeCaseloadRecords
{
    private static readonly string[] Areas = ["Technical skills", "Behaviours", "Work outputs", "Attendance"];

    public static void Add(PlacementDbContext db, IReadOnlyList<Placement> placements,
        IReadOnlyList<Employer> employers, DateOnly today)
    {
        var at = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < placements.Count; i++)
        {
            var placement = placements[i];
            db.AddRange(Reviews(placement, i));
            db.AddRange(Logbook(placement, i, today, at));
            db.Add(Plan(placement, i, today));
            db.Add(Agreement(placement, i, at));
            db.AddRange(Attendance(placement, i, today, at));
            db.AddRange(Notes(placement, i, today, at));
        }

        foreach (var (employer, e) in employers.Select((employer, e) => (employer, e)))
        {
            db.AddRange(Enum.GetValues<DueDiligenceKind>().Select((kind, k) => new DueDiligenceCheck
            {
                Id = Guid.NewGuid(),
                EmployerId = employer.Id,
                Kind = kind,
                CheckedOn = today.AddDays(-200),
                ExpiresOn = (e * 5) + k is var n && n % 50 == 7 ? today.AddDays(-3) : today.AddDays(165),
            }));
        }

        db.AddRange(placements.Select(p => (p.EmployerId, p.SupervisorUserId!)).Distinct()
            .Select(s => new EmployerSupervisor { EmployerId = s.EmployerId, UserId = s.Item2 }));
    }

    private static IEnumerable<Review> Reviews(Placement placement, int i)
    {
        var start = new Review
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            Kind = ReviewKind.Start,
            DueOn = placement.PlannedStart.AddDays(14),
            HeldOn = placement.PlannedStart.AddDays(14),
        };
        start.Ratings.AddRange(Areas.Select((area, a) => new ReviewRating
        {
            Id = Guid.NewGuid(),
            AreaId = new Guid(a + 1, 0, 0, new byte[8]),
            AreaName = area,
            LevelId = Guid.NewGuid(),
            LevelName = i % 20 == a ? "Not yet meeting expectations" : "Meeting expectations",
            LevelPosition = i % 20 == a ? 1 : 2,
        }));
        var middleDue = placement.PlannedStart.AddDays(7 * 24);
        return
        [
            start,
            new Review
            {
                Id = Guid.NewGuid(),
                PlacementId = placement.Id,
                Kind = ReviewKind.Middle,
                DueOn = middleDue,
                HeldOn = i % 10 == 5 ? null : middleDue.AddDays(i % 5),
            },
            new Review { Id = Guid.NewGuid(), PlacementId = placement.Id, Kind = ReviewKind.End, DueOn = placement.PlannedEnd },
        ];
    }

    private static IEnumerable<LogbookEntry> Logbook(Placement placement, int i, DateOnly today, DateTime at)
    {
        var stoppedWriting = i % 20 == 11 ? today.AddDays(-42) : today;
        for (var date = placement.PlannedStart.AddDays(3); date < stoppedWriting; date = date.AddDays(14))
        {
            yield return new LogbookEntry
            {
                Id = Guid.NewGuid(),
                PlacementId = placement.Id,
                Date = date,
                WhatIDid = "Fixed two bugs in the booking form and paired on a code review.",
                Reflection = "I am getting quicker at reading other people's code.",
                CreatedAtUtc = at,
                UpdatedAtUtc = at,
            };
        }
    }

    private static PlacementPlan Plan(Placement placement, int i, DateOnly today)
    {
        var plan = new PlacementPlan { PlacementId = placement.Id };
        plan.Objectives.AddRange(Enumerable.Range(0, 4).Select(k =>
        {
            var target = placement.PlannedStart.AddDays(70 * (k + 1));
            return new Objective
            {
                Id = Guid.NewGuid(),
                PlacementId = placement.Id,
                Kind = ObjectiveKind.TechnicalSkill,
                Description = $"Objective {k + 1}",
                TargetDate = target,
                Status = target >= today ? ObjectiveStatus.InProgress
                    : i % 12 == k ? ObjectiveStatus.InProgress
                    : ObjectiveStatus.Achieved,
                Position = k,
            };
        }));
        return plan;
    }

    private static SignedDocument Agreement(Placement placement, int i, DateTime at)
    {
        var hash = $"{i:x64}";
        var document = new SignedDocument
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            Kind = DocumentKind.Agreement,
            Content = "{}",
            ContentHash = hash,
            PlanNumber = 1,
            GeneratedAtUtc = at,
        };
        var signers = i % 25 == 13 ? [SignerCapacity.Student, SignerCapacity.Provider] : Enum.GetValues<SignerCapacity>();
        document.Signatures.AddRange(signers.Select(capacity => new Signature
        {
            Id = Guid.NewGuid(),
            Capacity = capacity,
            SignerName = capacity.ToString(),
            SignedAtUtc = at,
            ContentHash = hash,
        }));
        return document;
    }

    private static IEnumerable<Attendance> Attendance(Placement placement, int i, DateOnly today, DateTime at)
    {
        Attendance On(int daysAgo, AttendanceKind kind) => new()
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            Date = today.AddDays(-daysAgo),
            Kind = kind,
            Minutes = kind == AttendanceKind.Lateness ? 20 : null,
            RecordedByName = "Supervisor",
            RecordedAtUtc = at,
        };

        yield return On(60 + (i % 30), AttendanceKind.Sickness);
        if (i % 6 == 0)
        {
            yield return On(10, AttendanceKind.UnauthorisedAbsence);
        }

        if (i % 9 == 0)
        {
            yield return On(4, AttendanceKind.Lateness);
            yield return On(11, AttendanceKind.Lateness);
        }
    }

    private static IEnumerable<FeedbackNote> Notes(Placement placement, int i, DateOnly today, DateTime at)
    {
        FeedbackNote Note(int daysAgo, FeedbackTone tone) => new()
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            Date = today.AddDays(-daysAgo),
            Area = FeedbackArea.Performance,
            Tone = tone,
            Text = tone == FeedbackTone.Praise ? "A strong week." : "Late to two stand-ups.",
            AuthorUserId = placement.SupervisorUserId,
            AuthorName = "Supervisor",
            CreatedAtUtc = at,
        };

        yield return Note(60, FeedbackTone.Praise);
        if (i % 15 == 0)
        {
            yield return Note(5, FeedbackTone.Concern);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Feedback;
using PlacementTracker.Core.Logbook;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Demo;

/// <summary>
/// The weeks the active demo placements have had so far, up to the end of last week: time entries on the working
/// days of each placement's pattern, weekly timesheets (approved, but a few last weeks waiting for approval and one
/// returned), a little absence and lateness, feedback notes and weekly logbook entries. Placements go at different
/// paces: some ahead of plan, most about on it, some a little behind and one well behind, whose logbook has also gone
/// quiet. The demo student's last week waits for the demo supervisor's approval.
/// </summary>
internal static class DemoTimesheets
{
    /// <summary>Share of the planned daily hours worked, by pace.</summary>
    private static readonly decimal[] Paces = [1.15m, 1.0m, 1.0m, 0.97m, 0.88m, 1.05m];

    internal const decimal WellBehind = 0.55m;

    public static async Task BuildAsync(
        PlacementDbContext db,
        TimeProvider clock,
        string demoStudentEmail,
        int seed,
        CancellationToken cancellationToken)
    {
        var demoStudentUserId = await db.Users.Where(u => u.Email == demoStudentEmail).Select(u => u.Id)
            .SingleAsync(cancellationToken);
        var dice = new DemoDice(seed);
        var today = TimeRules.Today(clock);
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var placements = await db.Placements
            .Where(p => p.Status == PlacementStatus.Active)
            .OrderBy(p => p.PlannedStart).ThenBy(p => p.Id)
            .Select(p => new DemoWeeks.Facts(p, p.Student!.UserId, p.Student.GivenName,
                db.Users.Where(u => u.Id == p.SupervisorUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                db.Objectives.Where(o => o.PlacementId == p.Id).OrderBy(o => o.Id).Select(o => o.Id).ToList()))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var wellBehindPicked = false;
        var returnedPicked = false;
        for (var i = 0; i < placements.Count; i++)
        {
            var facts = placements[i];
            var demoStudent = facts.StudentUserId == demoStudentUserId;
            var pace = !demoStudent && !wellBehindPicked && i >= 2 ? WellBehind : Paces[i % Paces.Length];
            wellBehindPicked |= pace == WellBehind;
            var lastWeek = demoStudent || i % 6 == 1 ? DemoLastWeek.Submitted
                : !returnedPicked && i % 6 == 4 ? DemoLastWeek.Returned
                : DemoLastWeek.Approved;
            returnedPicked |= lastWeek == DemoLastWeek.Returned;
            new DemoWeeks(db, dice, facts, today, nowUtc).Add(pace, lastWeek, remoteFridays: i % 3 == 0);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

internal enum DemoLastWeek
{
    Approved,
    Submitted,
    Returned,
}

/// <summary>One placement's weeks so far, added to the context.</summary>
internal sealed class DemoWeeks(PlacementDbContext db, DemoDice dice, DemoWeeks.Facts facts, DateOnly today,
    DateTime nowUtc)
{
    internal sealed record Facts(
        Placement Placement,
        string? StudentUserId,
        string StudentName,
        string SupervisorName,
        List<Guid> ObjectiveIds);

    private static readonly string[] Praise =
    [
        "Took the lead in the team stand-up and explained the blockers clearly",
        "Finished the task ahead of time and checked the work carefully",
        "Handled a difficult customer query calmly and asked for help at the right moment",
    ];

    private static readonly string[] Concerns =
    [
        "Arrived late twice this week without letting us know",
        "Needs to ask sooner when stuck: lost most of a day on one problem",
    ];

    private static readonly string[] Logbook =
    [
        "Shadowed my supervisor and took notes on how the team plans its week",
        "Worked on my first task on my own and had it checked",
        "Joined a meeting with a client and wrote up the actions",
        "Fixed mistakes my supervisor found in last week's work",
    ];

    /// <summary>The well-behind placement's logbook stops after its first few weeks.</summary>
    private const int QuietAfterEntries = 2;

    private Placement Placement => facts.Placement;

    public void Add(decimal pace, DemoLastWeek lastWeek, bool remoteFridays)
    {
        var schedule = PlannedSchedule.Of(Placement);
        var calendar = WorkingCalendar.WithoutClosures;
        var workingDays = calendar.CountWorkingDays(schedule.Start, schedule.End, schedule.Days);
        if (workingDays == 0)
        {
            return;
        }

        var daily = (int)(schedule.PlannedMinutes * pace / workingDays / 15) * 15;
        var currentWeek = TimeRules.WeekStart(today);
        var week = TimeRules.WeekStart(schedule.Start);
        for (; week < currentWeek && week <= schedule.End; week = week.AddDays(7))
        {
            var last = week.AddDays(7) >= currentWeek;
            var entries = Week(week, daily, pace, remoteFridays, calendar, schedule);
            Sheet(week, last ? lastWeek : DemoLastWeek.Approved, entries);
        }

        Notes(pace);
        LogbookEntries(pace == DemoTimesheets.WellBehind ? QuietAfterEntries : int.MaxValue);
    }

    private List<TimeEntry> Week(DateOnly week, int daily, decimal pace, bool remoteFridays,
        WorkingCalendar calendar, PlannedSchedule schedule)
    {
        var entries = new List<TimeEntry>();
        for (var date = week; date < week.AddDays(7); date = date.AddDays(1))
        {
            if (date < schedule.Start || date > schedule.End || !calendar.IsWorkingDay(date, schedule.Days))
            {
                continue;
            }

            if (dice.Chance(pace < 0.9m ? 0.12f : 0.02f))
            {
                Attendance(date, dice.Chance(0.5f) ? AttendanceKind.Sickness : AttendanceKind.AuthorisedAbsence,
                    null);
                continue;
            }

            var late = dice.Chance(0.03f) ? 30 : 0;
            if (late > 0)
            {
                Attendance(date, AttendanceKind.Lateness, late);
            }

            var kind = remoteFridays && date.DayOfWeek == DayOfWeek.Friday && week.DayNumber / 7 % 2 == 0
                ? TimeEntryKind.Remote
                : TimeEntryKind.OnSite;
            entries.Add(Entry(date, week, new TimeOnly(9, 0).AddMinutes(late), daily - late, kind));
        }

        db.TimeEntries.AddRange(entries);
        return entries;
    }

    private TimeEntry Entry(DateOnly date, DateOnly week, TimeOnly start, int minutes, TimeEntryKind kind) => new()
    {
        Id = dice.NewId(),
        PlacementId = Placement.Id,
        Date = date,
        WeekStart = week,
        Start = start,
        End = start.AddMinutes(minutes),
        Minutes = minutes,
        Kind = kind,
        RecordedByUserId = facts.StudentUserId,
        RecordedByName = facts.StudentName,
        RecordedAtUtc = At(date, 17),
    };

    private void Attendance(DateOnly date, AttendanceKind kind, int? minutes) =>
        db.Attendances.Add(new Attendance
        {
            Id = dice.NewId(),
            PlacementId = Placement.Id,
            Date = date,
            Kind = kind,
            Minutes = minutes,
            RecordedByUserId = Placement.SupervisorUserId,
            RecordedByName = facts.SupervisorName,
            RecordedAtUtc = At(date, 10),
        });

    private void Sheet(DateOnly week, DemoLastWeek state, List<TimeEntry> entries)
    {
        var submittedAt = At(week.AddDays(4), 16);
        var decided = state is DemoLastWeek.Approved or DemoLastWeek.Returned;
        db.Timesheets.Add(new Timesheet
        {
            Id = dice.NewId(),
            PlacementId = Placement.Id,
            WeekStart = week,
            Status = state switch
            {
                DemoLastWeek.Submitted => TimesheetStatus.Submitted,
                DemoLastWeek.Returned => TimesheetStatus.Returned,
                _ => TimesheetStatus.Approved,
            },
            SubmittedHash = TimesheetService.ContentHash(entries),
            SubmittedAtUtc = submittedAt,
            SubmittedByUserId = facts.StudentUserId,
            DecidedAtUtc = decided ? Earlier(submittedAt.AddDays(3)) : null,
            DecidedByUserId = decided ? Placement.SupervisorUserId : null,
            DecidedByName = decided ? facts.SupervisorName : null,
            ReturnComment = state == DemoLastWeek.Returned
                ? "Wednesday's hours look too long: please check the finish time"
                : null,
        });
    }

    /// <summary>Praise now and then; a concern for placements behind their plan.</summary>
    private void Notes(decimal pace)
    {
        var started = Placement.PlannedStart;
        var days = Math.Max(1, today.DayNumber - started.DayNumber);
        Note(started.AddDays(days / 3), FeedbackArea.Performance, FeedbackTone.Praise, dice.Pick(Praise));
        if (days > 30)
        {
            Note(started.AddDays(2 * days / 3), FeedbackArea.WorkOutputs, FeedbackTone.Praise, dice.Pick(Praise));
        }

        if (pace < 0.9m)
        {
            Note(today.AddDays(-Math.Min(days, 6)), FeedbackArea.Timekeeping, FeedbackTone.Concern,
                dice.Pick(Concerns));
        }
    }

    private void Note(DateOnly date, FeedbackArea area, FeedbackTone tone, string text) =>
        db.FeedbackNotes.Add(new FeedbackNote
        {
            Id = dice.NewId(),
            PlacementId = Placement.Id,
            Date = date,
            Area = area,
            Tone = tone,
            Text = text,
            AuthorUserId = Placement.SupervisorUserId,
            AuthorName = facts.SupervisorName,
            CreatedAtUtc = At(date, 15),
        });

    /// <summary>One logbook entry a week, rating the first objective as the placement goes on.</summary>
    private void LogbookEntries(int most)
    {
        var date = Placement.PlannedStart.AddDays(1);
        for (var n = 0; date < today && n < most; n++, date = date.AddDays(7))
        {
            var entry = new LogbookEntry
            {
                Id = dice.NewId(),
                PlacementId = Placement.Id,
                Date = date,
                WhatIDid = Logbook[n % Logbook.Length],
                Reflection = n == 0
                    ? "I learned how the team decides what to work on first."
                    : "I am getting quicker, and I know who to ask when I am stuck.",
                AuthorUserId = facts.StudentUserId,
                CreatedAtUtc = At(date, 18),
                UpdatedAtUtc = At(date, 18),
            };
            if (facts.ObjectiveIds.Count > 0)
            {
                entry.Objectives.Add(new LogbookObjective
                {
                    EntryId = entry.Id,
                    ObjectiveId = facts.ObjectiveIds[0],
                    Rating = n < 2 ? LogbookRating.Progressing : LogbookRating.Achieved,
                });
            }

            db.LogbookEntries.Add(entry);
        }
    }

    private DateTime Earlier(DateTime at) => at < nowUtc ? at : nowUtc;

    private DateTime At(DateOnly date, int hour) =>
        Earlier(date.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc));
}

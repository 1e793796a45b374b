using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Students;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Benchmarks;

/// <summary>What <see cref="CollegeHoursGenerator"/> put in the database, to pick work from.</summary>
public sealed record CollegeHours(
    IReadOnlyList<Guid> IndustryPlacementIds,
    IReadOnlyList<Guid> PlacementIds,
    IReadOnlyList<string> TutorUserIds,
    IReadOnlyList<string> SupervisorUserIds,
    int TimeEntries,
    int Timesheets);

/// <summary>
/// Fills a benchmark database with a college at scale: active placements, each with a student, a tutor, an
/// employer and a supervisor, and weeks of recorded time, most weeks approved, the latest submitted, open or
/// returned. The kinds of time vary so that the caps matter: some students work remotely past their cap, some did
/// a long work taster, some both a team project and a skills hub. Students, employers and placements go through EF
/// Core with the other records the caseload reads (<see cref="CollegeCaseloadRecords"/>); time entries and
/// timesheets are bulk-inserted (multi-row INSERTs in one transaction on SQLite, COPY on PostgreSQL), around the
/// context, so the approved time totals are rebuilt after them. The same seed gives the same data.
/// </summary>
public static class CollegeHoursGenerator
{
    private const int WeeksPerPlacement = 40;
    private const int StudentsPerTutor = 100;
    private const int PlacementsPerEmployer = 10;
    private const string SpecialismCode = "ZTLOS005";
    private const string CoreCode = "60358324";

    public static async Task<CollegeHours> FillAsync(
        BenchmarkDatabase database, DateOnly today, int placements = 5_000, int timeEntries = 1_000_000,
        int seed = 2026)
    {
        var random = new Random(seed);
        var lastWeek = TimeRules.WeekStart(today).AddDays(-7);
        var firstWeek = lastWeek.AddDays(-7 * (WeeksPerPlacement - 1));
        var people = People(placements);
        var college = Placements(placements, firstWeek, people, random);

        await using (var scope = database.NewScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlacementDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            if (!await db.ProviderSettings.AnyAsync())
            {
                db.ProviderSettings.Add(new ProviderSettings());
            }

            db.Users.AddRange(people.Tutors.Concat(people.Supervisors));
            db.AddRange(college.Employers);
            db.AddRange(college.Students);
            db.AddRange(college.IndustryPlacements);
            db.AddRange(college.Placements);
            CollegeCaseloadRecords.Add(db, college.Placements, college.Employers, today);
            await db.SaveChangesAsync();
        }

        var weeks = Weeks(college.Placements, timeEntries, random);
        await using (var scope = database.NewScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlacementDbContext>();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            if (database.Provider == DatabaseProvider.Postgres)
            {
                await CopyAsync((NpgsqlConnection)connection, weeks);
            }
            else
            {
                await InsertAsync(connection, weeks);
            }
        }

        await using (var scope = database.NewScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlacementDbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await ApprovedTimeTotals.RebuildAsync(db);
        }

        return new CollegeHours(
            [.. college.IndustryPlacements.Select(i => i.Id)],
            [.. college.Placements.Select(p => p.Id)],
            [.. people.Tutors.Select(t => t.Id)],
            [.. people.Supervisors.Select(s => s.Id)],
            weeks.Sum(w => w.Entries.Count),
            weeks.Count);
    }

    private sealed record Staff(List<AppUser> Tutors, List<AppUser> Supervisors);

    private sealed record College(
        List<Employer> Employers,
        List<Student> Students,
        List<IndustryPlacement> IndustryPlacements,
        List<Placement> Placements);

    private sealed record Week(Timesheet Sheet, List<TimeEntry> Entries);

    private static Staff People(int placements)
    {
        var now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        AppUser User(string mailbox, string name) => new()
        {
            Id = Guid.NewGuid().ToString(),
            UserName = $"{mailbox}@bench.test",
            NormalizedUserName = $"{mailbox}@bench.test".ToUpperInvariant(),
            Email = $"{mailbox}@bench.test",
            NormalizedEmail = $"{mailbox}@bench.test".ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = name,
            SecurityStamp = Guid.NewGuid().ToString(),
            CreatedAtUtc = now,
        };
        var tutors = Enumerable.Range(0, Math.Max(1, placements / StudentsPerTutor))
            .Select(i => User($"tutor{i}", $"Tutor {i}")).ToList();
        var supervisors = Enumerable.Range(0, Math.Max(1, placements / PlacementsPerEmployer))
            .Select(i => User($"supervisor{i}", $"Supervisor {i}")).ToList();
        return new Staff(tutors, supervisors);
    }

    private static College Placements(int count, DateOnly firstWeek, Staff staff, Random random)
    {
        var college = new College([], [], [], []);
        for (var i = 0; i < count; i++)
        {
            if (i % PlacementsPerEmployer == 0)
            {
                college.Employers.Add(new Employer
                {
                    Id = Guid.NewGuid(),
                    Reference = $"B{i / PlacementsPerEmployer:D6}",
                    Name = $"Benchmark Employer {i / PlacementsPerEmployer}",
                });
            }

            var student = new Student
            {
                Id = Guid.NewGuid(),
                Uln = (1_000_000_000L + i).ToString(CultureInfo.InvariantCulture),
                StudentNumber = $"B{i:D6}",
                GivenName = "Student",
                FamilyName = $"Number {i}",
                DateOfBirth = new DateOnly(2008, 1, 1).AddDays(i % 365),
                CoreCode = CoreCode,
                SpecialismCode = SpecialismCode,
                Cohort = "2025 to 2027",
                ExpectedEndDate = new DateOnly(2027, 7, 31),
                TutorUserId = staff.Tutors[i % staff.Tutors.Count].Id,
            };
            var industry = new IndustryPlacement { Id = Guid.NewGuid(), StudentId = student.Id, RequiredHours = 315 };
            var start = firstWeek.AddDays(random.Next(0, 3));
            college.Students.Add(student);
            college.IndustryPlacements.Add(industry);
            college.Placements.Add(new Placement
            {
                Id = Guid.NewGuid(),
                StudentId = student.Id,
                IndustryPlacementId = industry.Id,
                EmployerId = college.Employers[^1].Id,
                SupervisorUserId = staff.Supervisors[(i / PlacementsPerEmployer) % staff.Supervisors.Count].Id,
                RoleTitle = "Junior developer",
                DeliveryModel = DeliveryModel.DayRelease,
                PlannedStart = start,
                PlannedEnd = start.AddDays((7 * (WeeksPerPlacement + 8)) - 3),
                WorkingDays = PlannedScheduleDays,
                PlannedHours = 315,
                Status = PlacementStatus.Active,
            });
        }

        return college;
    }

    private const WorkingDays PlannedScheduleDays = WorkingDays.Monday | WorkingDays.Tuesday
        | WorkingDays.Wednesday | WorkingDays.Thursday | WorkingDays.Friday;

    /// <summary>
    /// The entries shared evenly among the placements, a week at a time: short sessions, at a pace that differs by
    /// placement, so some are ahead of plan and some behind.
    /// </summary>
    private static List<Week> Weeks(List<Placement> placements, int timeEntries, Random random)
    {
        var weeks = new List<Week>(placements.Count * WeeksPerPlacement);
        for (var p = 0; p < placements.Count; p++)
        {
            var placement = placements[p];
            var entries = (timeEntries / placements.Count) + (p < timeEntries % placements.Count ? 1 : 0);
            var perWeek = (entries + WeeksPerPlacement - 1) / WeeksPerPlacement;
            var pace = 60 + (15 * random.Next(0, 7));
            var weekStart = TimeRules.WeekStart(placement.PlannedStart);
            for (var w = 0; entries > 0; w++, weekStart = weekStart.AddDays(7))
            {
                var week = new Week(Sheet(placement.Id, weekStart, w, p), []);
                for (var e = 0; e < perWeek && entries > 0; e++, entries--)
                {
                    week.Entries.Add(Entry(placement, weekStart, w, e, p, pace + (15 * random.Next(-1, 2))));
                }

                weeks.Add(week);
            }
        }

        return weeks;
    }

    /// <summary>Approved up to the last two or three weeks; then submitted, returned or still open.</summary>
    private static Timesheet Sheet(Guid placementId, DateOnly weekStart, int week, int placement)
    {
        var waiting = 1 + (placement % 3);
        var status = (WeeksPerPlacement - week) switch
        {
            var left when left > waiting => TimesheetStatus.Approved,
            1 => TimesheetStatus.Open,
            _ => placement % 7 == 0 ? TimesheetStatus.Returned : TimesheetStatus.Submitted,
        };
        var decided = status is TimesheetStatus.Approved or TimesheetStatus.Returned;
        return new Timesheet
        {
            Id = Guid.NewGuid(),
            PlacementId = placementId,
            WeekStart = weekStart,
            Status = status,
            SubmittedAtUtc = status == TimesheetStatus.Open ? null : Utc(weekStart.AddDays(5)),
            DecidedAtUtc = decided ? Utc(weekStart.AddDays(7)) : null,
            DecidedByName = decided ? "Supervisor" : null,
            ReturnComment = status == TimesheetStatus.Returned ? "Add the hours for Thursday" : null,
        };
    }

    private static TimeEntry Entry(Placement placement, DateOnly weekStart, int week, int index, int number,
        int minutes)
    {
        var start = new TimeOnly(9, 0).AddMinutes(180 * (index / 5));
        return new TimeEntry
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            Date = weekStart.AddDays(index % 5),
            WeekStart = weekStart,
            Start = start,
            End = start.AddMinutes(minutes),
            Minutes = minutes,
            Kind = KindOf(number, week, index),
            RecordedByName = "Student",
            RecordedAtUtc = Utc(weekStart.AddDays(index % 5)),
        };
    }

    /// <summary>Mostly on site; some work from home on Fridays, some took a long taster, some did both a team
    /// project and a skills hub, a few count part-time work.</summary>
    private static TimeEntryKind KindOf(int placement, int week, int index) => placement switch
    {
        _ when placement % 4 == 0 && index % 5 == 4 => TimeEntryKind.Remote,
        _ when placement % 10 == 1 && week < 6 => TimeEntryKind.WorkTaster,
        _ when placement % 12 == 2 && week is >= 6 and < 12 => TimeEntryKind.TeamProject,
        _ when placement % 12 == 2 && week is >= 12 and < 16 => TimeEntryKind.SkillsHub,
        _ when placement % 25 == 3 && index % 5 == 0 => TimeEntryKind.PartTimeWork,
        _ => TimeEntryKind.OnSite,
    };

    private static DateTime Utc(DateOnly date) => date.ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc);

    /// <summary>Rows per INSERT on SQLite.</summary>
    private const int RowsPerInsert = 5_000;

    /// <summary>
    /// Multi-row INSERTs in one transaction, each passing its rows as one JSON parameter that SQLite unpacks with
    /// json_each: a VALUES list with a parameter per value spent nearly all its time in SQLite's linear search for
    /// each parameter by name. The connection's page cache is raised to 1 GB and syncing turned off for the load
    /// only (both last as long as this connection, which the benchmark database does not pool): with the default
    /// 2 MB cache, inserts into the random-GUID key index would keep spilling pages to disk.
    /// </summary>
    private static async Task InsertAsync(DbConnection connection, List<Week> weeks)
    {
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size = -1048576; PRAGMA synchronous = OFF;";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await InsertRowsAsync(connection, transaction, "Timesheets",
            ["Id", "PlacementId", "WeekStart", "Status", "SubmittedAtUtc", "DecidedAtUtc", "DecidedByName",
                "ReturnComment", "Version"],
            weeks.Select(w => w.Sheet).Select(s => new object?[]
            {
                Text(s.Id), Text(s.PlacementId), Text(s.WeekStart), s.Status.ToString(), Text(s.SubmittedAtUtc),
                Text(s.DecidedAtUtc), s.DecidedByName, s.ReturnComment, 0,
            }));
        await InsertRowsAsync(connection, transaction, "TimeEntries",
            ["Id", "PlacementId", "Date", "WeekStart", "Start", "End", "Minutes", "Kind", "RecordedByName",
                "RecordedAtUtc", "Version"],
            weeks.SelectMany(w => w.Entries).Select(e => new object?[]
            {
                Text(e.Id), Text(e.PlacementId), Text(e.Date), Text(e.WeekStart), Text(e.Start), Text(e.End),
                e.Minutes, e.Kind.ToString(), e.RecordedByName, Text(e.RecordedAtUtc), 0,
            }));
        await transaction.CommitAsync();
    }

    /// <summary>Inserts the rows <see cref="RowsPerInsert"/> at a time, in order, with one prepared statement whose
    /// only parameter is a JSON array of rows; json_extract keeps text as text, numbers as integers, null as
    /// null.</summary>
    private static async Task InsertRowsAsync(DbConnection connection, DbTransaction transaction, string table,
        string[] columns, IEnumerable<object?[]> rows)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"SELECT {string.Join(", ", columns.Select((_, i) => $"json_extract(value, '$[{i}]')"))} " +
            "FROM json_each($rows) ORDER BY key";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$rows";
        command.Parameters.Add(parameter);
        command.Prepare();
        foreach (var chunk in rows.Chunk(RowsPerInsert))
        {
            parameter.Value = JsonSerializer.Serialize(chunk);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Values as EF Core's SQLite provider stores them: upper-case GUIDs, ISO dates and times.</summary>
    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(TimeOnly? time) => time?.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static string? Text(DateTime? at) => at?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static async Task CopyAsync(NpgsqlConnection connection, List<Week> weeks)
    {
        await using (var sheets = await connection.BeginBinaryImportAsync(
            "COPY \"Timesheets\" (\"Id\", \"PlacementId\", \"WeekStart\", \"Status\", \"SubmittedAtUtc\", " +
            "\"DecidedAtUtc\", \"DecidedByName\", \"ReturnComment\", \"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var s in weeks.Select(w => w.Sheet))
            {
                await sheets.StartRowAsync();
                await sheets.WriteAsync(s.Id, NpgsqlDbType.Uuid);
                await sheets.WriteAsync(s.PlacementId, NpgsqlDbType.Uuid);
                await sheets.WriteAsync(s.WeekStart, NpgsqlDbType.Date);
                await sheets.WriteAsync(s.Status.ToString(), NpgsqlDbType.Varchar);
                await WriteNullableAsync(sheets, s.SubmittedAtUtc, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(sheets, s.DecidedAtUtc, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(sheets, s.DecidedByName, NpgsqlDbType.Varchar);
                await WriteNullableAsync(sheets, s.ReturnComment, NpgsqlDbType.Varchar);
                await sheets.WriteAsync(0L, NpgsqlDbType.Bigint);
            }

            await sheets.CompleteAsync();
        }

        await using var entries = await connection.BeginBinaryImportAsync(
            "COPY \"TimeEntries\" (\"Id\", \"PlacementId\", \"Date\", \"WeekStart\", \"Start\", \"End\", " +
            "\"Minutes\", \"Kind\", \"RecordedByName\", \"RecordedAtUtc\", \"Version\") FROM STDIN (FORMAT BINARY)");
        foreach (var e in weeks.SelectMany(w => w.Entries))
        {
            await entries.StartRowAsync();
            await entries.WriteAsync(e.Id, NpgsqlDbType.Uuid);
            await entries.WriteAsync(e.PlacementId, NpgsqlDbType.Uuid);
            await entries.WriteAsync(e.Date, NpgsqlDbType.Date);
            await entries.WriteAsync(e.WeekStart, NpgsqlDbType.Date);
            await WriteNullableAsync(entries, e.Start, NpgsqlDbType.Time);
            await WriteNullableAsync(entries, e.End, NpgsqlDbType.Time);
            await entries.WriteAsync(e.Minutes, NpgsqlDbType.Integer);
            await entries.WriteAsync(e.Kind.ToString(), NpgsqlDbType.Varchar);
            await entries.WriteAsync(e.RecordedByName, NpgsqlDbType.Varchar);
            await entries.WriteAsync(e.RecordedAtUtc, NpgsqlDbType.TimestampTz);
            await entries.WriteAsync(0L, NpgsqlDbType.Bigint);
        }

        await entries.CompleteAsync();
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type) =>
        value is null ? importer.WriteNullAsync() : importer.WriteAsync(value, type);
}

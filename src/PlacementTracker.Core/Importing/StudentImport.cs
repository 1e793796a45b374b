using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Importing;

/// <summary>
/// Imports students from a CSV file, all or nothing: every row is checked by <see cref="StudentRules"/>; a file
/// with any bad row changes nothing. Rows are matched to existing students on the ULN, never the student number.
/// </summary>
public sealed class StudentImport(PlacementDbContext db, StudentService students, AuditLog audit)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public Task<ImportResult> PreviewAsync(byte[] content, Viewer viewer) =>
        RunAsync(content, viewer, null);

    public Task<ImportResult> ApplyAsync(byte[] content, Viewer viewer, Actor actor) =>
        RunAsync(content, viewer, actor);

    private async Task<ImportResult> RunAsync(byte[] content, Viewer viewer, Actor? actor)
    {
        if (!viewer.MayEdit())
        {
            return ImportResult.Refused("You cannot import students");
        }

        var (rows, refusal) = ImportFile.Open(
            content,
            StudentImportFile.RequiredColumns,
            StudentImportFile.AllColumns,
            "students");
        if (refusal is not null)
        {
            return refusal;
        }

        var plan = await PlanAsync(rows);
        if (plan.Problems.Count > 0 || actor is null)
        {
            return new ImportResult(plan.Problems, plan.Added.Count, plan.Updated.Count, false);
        }

        db.Students.AddRange(plan.Added);
        audit.Record(actor, AuditActions.StudentsImported,
            $"Imported students from a file: {plan.Added.Count} added, {plan.Updated.Count} updated");
        await db.SaveChangesAsync();
        return new ImportResult([], plan.Added.Count, plan.Updated.Count, true);
    }

    private async Task<Plan> PlanAsync(IReadOnlyList<CsvRow> rows)
    {
        var ulns = rows.Select(r => r[StudentImportFile.Uln]).Distinct().ToList();
        var existing = await db.Students
            .Where(s => EF.Parameter(ulns).Contains(s.Uln))
            .ToDictionaryAsync(s => s.Uln);
        var pathways = (await db.Pathways.Select(p => p.CoreCode).ToListAsync()).ToHashSet();
        var specialisms = await db.Specialisms.ToDictionaryAsync(s => s.Code, s => s.CoreCode);
        var tutors = await TutorsByEmailAsync(rows);
        var today = students.Today;

        var plan = new Plan();
        var seen = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            var uln = row[StudentImportFile.Uln];
            var match = existing.GetValueOrDefault(uln);
            var details = match is null ? new StudentDetails() : StudentDetails.From(match);
            var problems = Fill(details, row, tutors, out var tutorProblem);
            details.Tidy();
            var facts = new StudentFacts(
                pathways.Contains(details.CoreCode),
                specialisms.GetValueOrDefault(details.SpecialismCode),
                details.TutorUserId is not null,
                UlnBelongsToAnotherStudent: false);
            var errors = StudentRules.Validate(details, facts, today);
            foreach (var (field, message) in errors)
            {
                problems.TryAdd(field, message);
            }

            if (tutorProblem is not null)
            {
                problems[nameof(StudentDetails.TutorUserId)] = tutorProblem;
            }

            if (uln.Length > 0 && !seen.TryAdd(uln, row.Row))
            {
                problems.TryAdd("Duplicate", $"ULN {uln} is also on row {seen[uln]}");
            }

            if (problems.Count > 0)
            {
                plan.Problems.AddRange(problems.Values.Select(p => $"Row {row.Row}: {p}"));
            }
            else if (match is null)
            {
                var student = new Student { Id = Guid.NewGuid() };
                details.ApplyTo(student);
                plan.Added.Add(student);
            }
            else
            {
                details.ApplyTo(match);
                if (db.Entry(match).Properties.Any(p => p.IsModified))
                {
                    match.Version++;
                }

                plan.Updated.Add(match);
            }
        }

        return plan;
    }

    /// <summary>
    /// Copies the row into the details; gives the problems the rules cannot see, like an unreadable date.
    /// </summary>
    private static Dictionary<string, string> Fill(
        StudentDetails d,
        CsvRow row,
        IReadOnlyDictionary<string, string> tutors,
        out string? tutorProblem)
    {
        var problems = new Dictionary<string, string>();
        d.Uln = row[StudentImportFile.Uln];
        d.StudentNumber = row[StudentImportFile.StudentNumber];
        d.GivenName = row[StudentImportFile.GivenName];
        d.FamilyName = row[StudentImportFile.FamilyName];
        d.DateOfBirth = Date(row, StudentImportFile.DateOfBirth, nameof(d.DateOfBirth), problems);
        d.Email = row[StudentImportFile.Email];
        d.CoreCode = row[StudentImportFile.CoreCode];
        d.SpecialismCode = row[StudentImportFile.SpecialismCode];
        d.Cohort = row[StudentImportFile.Cohort];
        d.ExpectedEndDate = Date(row, StudentImportFile.ExpectedEndDate, nameof(d.ExpectedEndDate), problems);
        d.Postcode = row[StudentImportFile.Postcode];

        // A blank or missing tutor email keeps the tutor the student already has.
        tutorProblem = null;
        var tutorEmail = row[StudentImportFile.TutorEmail];
        if (tutorEmail.Length > 0)
        {
            d.TutorUserId = tutors.GetValueOrDefault(tutorEmail.ToUpperInvariant());
            tutorProblem = d.TutorUserId is null ? $"Tutor email {tutorEmail} is not the email of a tutor" : null;
        }

        return problems;
    }

    private static DateOnly? Date(CsvRow row, string column, string field, Dictionary<string, string> problems)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var date))
        {
            return date;
        }

        problems[field] = $"{column} {text} is not a date like 2009-03-14 or 14/03/2009";
        return null;
    }

    /// <summary>The tutors named in the file, by normalised email, in one query.</summary>
    private async Task<Dictionary<string, string>> TutorsByEmailAsync(IReadOnlyList<CsvRow> rows)
    {
        var emails = rows.Select(r => r[StudentImportFile.TutorEmail].ToUpperInvariant())
            .Where(e => e.Length > 0)
            .Distinct()
            .ToList();
        if (emails.Count == 0)
        {
            return [];
        }

        var tutors = await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == Roles.Tutor && EF.Parameter(emails).Contains(user.NormalizedEmail!)
            select new { user.Id, user.NormalizedEmail }).ToListAsync();
        return tutors.DistinctBy(t => t.NormalizedEmail).ToDictionary(t => t.NormalizedEmail!, t => t.Id);
    }

    private sealed class Plan
    {
        public List<string> Problems { get; } = [];

        public List<Student> Added { get; } = [];

        public List<Student> Updated { get; } = [];
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Core.Students;

/// <summary>
/// Adds and changes students. Every change is checked against the rules, refused when the editor's copy is
/// out of date, and audited; changes to the SEND section are audited without their content.
/// </summary>
public sealed partial class StudentService(
    PlacementDbContext db,
    AccessScope scope,
    AuditLog audit,
    TimeProvider clock,
    ILogger<StudentService> logger)
{
    /// <summary>Audit snapshots keep names such as Agnès readable instead of escaping them.</summary>
    private static readonly JsonSerializerOptions SnapshotJson = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);

    public async Task<StudentSave> AddAsync(StudentDetails details, Viewer viewer, Actor actor)
    {
        if (!viewer.MayEdit())
        {
            return StudentSave.Missing;
        }

        details.Tidy();
        var errors = StudentRules.Validate(details, await FactsAsync(details, null), Today);
        if (errors.Count > 0)
        {
            return new StudentSave(errors);
        }

        var student = new Student { Id = Guid.NewGuid() };
        details.ApplyTo(student);
        db.Students.Add(student);
        audit.Record(actor, AuditActions.StudentAdded, "Added a student", Subject(student, null, Snapshot(details)));
        await db.SaveChangesAsync();
        LogAdded(logger, student.Id, actor.UserId);
        return StudentSave.Saved(student.Id);
    }

    public Task<StudentSave> EditAsync(Guid id, StudentDetails details, Viewer viewer, Actor actor)
    {
        details.Tidy();
        return ChangeAsync(id, details.Version, viewer, actor, viewer.MayEdit(), async student =>
        {
            var errors = StudentRules.Validate(details, await FactsAsync(details, id), Today);
            if (errors.Count == 0)
            {
                details.ApplyTo(student);
            }

            return errors;
        }, Section.Details);
    }

    public Task<StudentSave> ChangeSendNeedsAsync(Guid id, string? needs, uint version, Viewer viewer, Actor actor) =>
        ChangeAsync(id, version, viewer, actor, viewer.MaySeeSend(), student =>
        {
            needs = string.IsNullOrWhiteSpace(needs) ? null : needs.Trim();
            if (StudentRules.NoteProblem(needs, "SEND needs") is { } problem)
            {
                return Refuse(nameof(Student.SendNeeds), problem);
            }

            student.SendNeeds = needs;
            return Accept();
        }, Section.Send);

    public Task<StudentSave> AddAdjustmentAsync(
        Guid id,
        string? description,
        bool share,
        uint version,
        Viewer viewer,
        Actor actor) =>
        ChangeAsync(id, version, viewer, actor, viewer.MaySeeSend(), student =>
        {
            description = description?.Trim() ?? "";
            var problem = description.Length == 0
                ? "Enter the reasonable adjustment"
                : StudentRules.NoteProblem(description, "The adjustment");
            if (problem is not null)
            {
                return Refuse("Description", problem);
            }

            if (StudentRules.SharingProblem(student, share) is { } sharingProblem)
            {
                return Refuse("Share", sharingProblem);
            }

            student.Adjustments.Add(new ReasonableAdjustment
            {
                Id = Guid.NewGuid(),
                StudentId = student.Id,
                Description = description,
                ShareWithEmployer = share,
            });
            return Accept();
        }, Section.Send);

    public Task<StudentSave> ShareAdjustmentAsync(
        Guid id,
        Guid adjustmentId,
        bool share,
        uint version,
        Viewer viewer,
        Actor actor) =>
        ChangeAsync(id, version, viewer, actor, viewer.MaySeeSend(), student =>
        {
            var adjustment = student.Adjustments.SingleOrDefault(a => a.Id == adjustmentId);
            if (adjustment is null)
            {
                return Refuse("Adjustment", "That adjustment no longer exists");
            }

            if (StudentRules.SharingProblem(student, share) is { } problem)
            {
                return Refuse("Adjustment", problem);
            }

            adjustment.ShareWithEmployer = share;
            return Accept();
        }, Section.Send);

    public Task<StudentSave> RemoveAdjustmentAsync(Guid id, Guid adjustmentId, uint version, Viewer viewer,
        Actor actor) =>
        ChangeAsync(id, version, viewer, actor, viewer.MaySeeSend(), student =>
        {
            student.Adjustments.RemoveAll(a => a.Id == adjustmentId);
            return Accept();
        }, Section.Send);

    /// <summary>Records the student's answer; a "no" stops every adjustment being shared.</summary>
    public Task<StudentSave> RecordConsentAsync(Guid id, bool? given, uint version, Viewer viewer, Actor actor) =>
        ChangeAsync(id, version, viewer, actor, viewer.MaySeeSend(), student =>
        {
            if (given is null)
            {
                return Refuse("ConsentGiven", "Select whether the student consents to sharing their adjustments");
            }

            student.SharingConsentGiven = given;
            student.SharingConsentRecordedOn = Today;
            student.SharingConsentRecordedBy = actor.Name;
            if (given == false)
            {
                student.Adjustments.ForEach(a => a.ShareWithEmployer = false);
            }

            return Accept();
        }, Section.Send);

    public Task<StudentSave> RecordWorkReadinessAsync(
        Guid id,
        WorkReadinessAssessment assessment,
        uint version,
        Viewer viewer,
        Actor actor) =>
        ChangeAsync(id, version, viewer, actor, viewer.MayEdit(), student =>
        {
            var notes = string.IsNullOrWhiteSpace(assessment.Notes) ? null : assessment.Notes.Trim();
            var errors = new Dictionary<string, string>();
            if (assessment.AssessedOn is null || assessment.AssessedOn > Today)
            {
                errors["AssessedOn"] = "Enter the date of the assessment, today or earlier";
            }

            if (StudentRules.NoteProblem(notes, "Notes") is { } problem)
            {
                errors["Notes"] = problem;
            }

            if (errors.Count == 0)
            {
                student.WorkReadinessAssessedOn = assessment.AssessedOn;
                student.WorkReadinessNotes = notes;
                Rate(student, assessment.Ratings);
            }

            return Task.FromResult<IReadOnlyDictionary<string, string>>(errors);
        }, Section.WorkReadiness);

    public Task<StudentSave> AddTrainingAsync(
        Guid id,
        string? what,
        DateOnly? completedOn,
        uint version,
        Viewer viewer,
        Actor actor) =>
        ChangeAsync(id, version, viewer, actor, viewer.MayEdit(), student =>
        {
            what = what?.Trim() ?? "";
            var errors = new Dictionary<string, string>();
            if (what.Length is 0 or > 200)
            {
                errors["What"] = "Enter the training completed, in 200 characters or fewer";
            }

            if (completedOn is null || completedOn > Today)
            {
                errors["CompletedOn"] = "Enter the date the training was completed, today or earlier";
            }

            if (errors.Count == 0)
            {
                student.Training.Add(new PreparationTraining
                {
                    Id = Guid.NewGuid(),
                    StudentId = student.Id,
                    What = what,
                    CompletedOn = completedOn!.Value,
                });
            }

            return Task.FromResult<IReadOnlyDictionary<string, string>>(errors);
        }, Section.Training);

    public Task<StudentSave> RemoveTrainingAsync(Guid id, Guid trainingId, uint version, Viewer viewer,
        Actor actor) =>
        ChangeAsync(id, version, viewer, actor, viewer.MayEdit(), student =>
        {
            student.Training.RemoveAll(t => t.Id == trainingId);
            return Accept();
        }, Section.Training);

    public Task<StudentSave> ChangeLearningAsync(
        Guid id,
        string? progressNotes,
        string? priorLearning,
        uint version,
        Viewer viewer,
        Actor actor) =>
        ChangeAsync(id, version, viewer, actor, viewer.MayEdit(), student =>
        {
            progressNotes = string.IsNullOrWhiteSpace(progressNotes) ? null : progressNotes.Trim();
            priorLearning = string.IsNullOrWhiteSpace(priorLearning) ? null : priorLearning.Trim();
            var errors = new Dictionary<string, string>();
            if (StudentRules.NoteProblem(progressNotes, "Learning progress notes") is { } progressProblem)
            {
                errors[nameof(Student.ProgressNotes)] = progressProblem;
            }

            if (StudentRules.NoteProblem(priorLearning, "Prior learning") is { } priorProblem)
            {
                errors[nameof(Student.PriorLearning)] = priorProblem;
            }

            if (errors.Count == 0)
            {
                student.ProgressNotes = progressNotes;
                student.PriorLearning = priorLearning;
            }

            return Task.FromResult<IReadOnlyDictionary<string, string>>(errors);
        }, Section.Learning);

    /// <summary>Staff who can be chosen as a personal tutor, by name.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> TutorsAsync()
    {
        var tutors = await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == Roles.Tutor
            orderby user.DisplayName
            select new { user.Id, user.DisplayName }).ToListAsync();
        return [.. tutors.Select(t => (t.Id, t.DisplayName))];
    }

    private async Task<StudentSave> ChangeAsync(
        Guid id,
        uint version,
        Viewer viewer,
        Actor actor,
        bool permitted,
        Func<Student, Task<IReadOnlyDictionary<string, string>>> change,
        Section section)
    {
        var student = permitted ? await LoadAsync(id, viewer) : null;
        if (student is null)
        {
            return StudentSave.Missing;
        }

        if (student.Version != version)
        {
            return StudentSave.OutOfDate;
        }

        var before = SnapshotOf(student, section);
        var errors = await change(student);
        if (errors.Count > 0)
        {
            return new StudentSave(errors);
        }

        var after = SnapshotOf(student, section);
        if (before == after)
        {
            return StudentSave.Saved(id);
        }

        student.Version = version + 1;
        RecordChange(actor, student, section, before, after);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return StudentSave.OutOfDate;
        }

        LogChanged(logger, id, section, actor.UserId);
        return StudentSave.Saved(id);
    }

    private Task<Student?> LoadAsync(Guid id, Viewer viewer) =>
        scope.Students(viewer)
            .Include(s => s.Adjustments)
            .Include(s => s.WorkReadinessRatings)
            .Include(s => s.Training)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id);

    /// <summary>SEND content is special-category data, so its audit event says only that the section changed.</summary>
    private void RecordChange(Actor actor, Student student, Section section, string before, string after)
    {
        if (section == Section.Send)
        {
            audit.Record(actor, AuditActions.StudentSendChanged, "Changed the SEND and adjustments section",
                Subject(student, null, null));
            return;
        }

        audit.Record(actor, AuditActions.StudentChanged, $"Changed the student's {SectionName(section)}",
            Subject(student, before, after));
    }

    private static AuditSubject Subject(Student student, string? before, string? after) =>
        new(nameof(Student), student.Id.ToString(), before, after);

    private static void Rate(Student student, IReadOnlyDictionary<string, ProgressLevel> ratings)
    {
        student.WorkReadinessRatings.RemoveAll(r => !ratings.ContainsKey(r.Area));
        foreach (var (area, level) in ratings.Where(r => ProgressIndicators.Areas.Contains(r.Key)))
        {
            var rating = student.WorkReadinessRatings.SingleOrDefault(r => r.Area == area);
            if (rating is null)
            {
                student.WorkReadinessRatings.Add(new WorkReadinessRating { StudentId = student.Id, Area = area });
                rating = student.WorkReadinessRatings[^1];
            }

            rating.Level = level;
        }
    }

    private async Task<StudentFacts> FactsAsync(StudentDetails d, Guid? editing)
    {
        var pathwayExists = await db.Pathways.AnyAsync(p => p.CoreCode == d.CoreCode);
        var specialismPathway = await db.Specialisms
            .Where(s => s.Code == d.SpecialismCode)
            .Select(s => s.CoreCode)
            .FirstOrDefaultAsync();
        var tutorIsTutor = d.TutorUserId is not null && await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where userRole.UserId == d.TutorUserId && role.Name == Roles.Tutor
            select userRole).AnyAsync();

        // Uniqueness is checked across every student, not only those the editor can see.
        var ulnTaken = await db.Students.AnyAsync(s => s.Uln == d.Uln && s.Id != editing);
        return new StudentFacts(pathwayExists, specialismPathway, tutorIsTutor, ulnTaken);
    }

    private static string SnapshotOf(Student s, Section section) => section switch
    {
        Section.Details => Snapshot(StudentDetails.From(s)),
        Section.Send => JsonSerializer.Serialize(new
        {
            s.SendNeeds,
            s.SharingConsentGiven,
            s.SharingConsentRecordedOn,
            Adjustments = s.Adjustments.Select(a => new { a.Id, a.Description, a.ShareWithEmployer }),
        }, SnapshotJson),
        Section.WorkReadiness => JsonSerializer.Serialize(new
        {
            s.WorkReadinessAssessedOn,
            Ratings = s.WorkReadinessRatings
                .OrderBy(r => r.Area, StringComparer.Ordinal)
                .Select(r => new { r.Area, Level = r.Level.ToString() }),
            s.WorkReadinessNotes,
        }, SnapshotJson),
        Section.Training => JsonSerializer.Serialize(s.Training
            .OrderBy(t => t.CompletedOn)
            .Select(t => new { t.What, t.CompletedOn }), SnapshotJson),
        _ => JsonSerializer.Serialize(new { s.ProgressNotes, s.PriorLearning }, SnapshotJson),
    };

    private static string Snapshot(StudentDetails details) => JsonSerializer.Serialize(details, SnapshotJson);

    private static string SectionName(Section section) => section switch
    {
        Section.Details => "details",
        Section.WorkReadiness => "work-readiness assessment",
        Section.Training => "preparation training",
        _ => "learning progress and prior learning",
    };

    private static Task<IReadOnlyDictionary<string, string>> Accept() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    private static Task<IReadOnlyDictionary<string, string>> Refuse(string field, string message) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string> { [field] = message });

    [LoggerMessage(Level = LogLevel.Information, Message = "Student {StudentId} added by {UserId}")]
    private static partial void LogAdded(ILogger logger, Guid studentId, string? userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Student {StudentId} {Section} changed by {UserId}")]
    private static partial void LogChanged(ILogger logger, Guid studentId, Section section, string? userId);

    private enum Section
    {
        Details,
        Send,
        WorkReadiness,
        Training,
        Learning,
    }
}

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Students;

/// <summary>What the students list is filtered by; blank parts do not filter.</summary>
public sealed record StudentFilter(string? Text, string? CoreCode, string? TutorUserId, string? PlacementStatus)
{
    /// <summary>The placement-status filter for students with no placement yet.</summary>
    public const string NoPlacement = "none";
}

/// <summary>One student as the list and its CSV export show them.</summary>
public sealed record StudentListRow(
    Guid Id,
    string GivenName,
    string FamilyName,
    string Uln,
    string StudentNumber,
    DateOnly DateOfBirth,
    string? Email,
    string CoreCode,
    string? SpecialismName,
    string Cohort,
    DateOnly ExpectedEndDate,
    string? TutorName,
    string? Postcode,
    PlacementStatus? LatestPlacementStatus)
{
    public string FullName => $"{GivenName} {FamilyName}";
}

/// <summary>Finds the students a viewer may see that match a filter, starting from <see cref="AccessScope"/>.</summary>
public sealed class StudentSearch(AccessScope scope, PlacementDbContext db)
{
    public IQueryable<StudentListRow> Find(Viewer viewer, StudentFilter filter)
    {
        var placements = scope.Placements(viewer);
        var students = Filter(scope.Students(viewer), placements, filter);
        return students
            .OrderBy(s => s.FamilyName)
            .ThenBy(s => s.GivenName)
            .ThenBy(s => s.Uln)
            .Select(s => new StudentListRow(
                s.Id,
                s.GivenName,
                s.FamilyName,
                s.Uln,
                s.StudentNumber,
                s.DateOfBirth,
                s.Email,
                s.CoreCode,
                db.Specialisms.Where(x => x.Code == s.SpecialismCode).Select(x => x.Name).FirstOrDefault(),
                s.Cohort,
                s.ExpectedEndDate,
                db.Users.Where(u => u.Id == s.TutorUserId).Select(u => u.DisplayName).FirstOrDefault(),
                s.Postcode,
                placements
                    .Where(p => p.StudentId == s.Id)
                    .OrderByDescending(p => p.PlannedStart)
                    .Select(p => (PlacementStatus?)p.Status)
                    .FirstOrDefault()));
    }

    public Task<int> CountAsync(Viewer viewer, StudentFilter filter) =>
        Filter(scope.Students(viewer), scope.Placements(viewer), filter).CountAsync();

    private static IQueryable<Student> Filter(
        IQueryable<Student> students,
        IQueryable<Placement> placements,
        StudentFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLowerInvariant();

            // These run in the database as lower(), the same on SQLite and PostgreSQL; no .NET culture applies.
#pragma warning disable CA1304, CA1311, CA1862
            students = students.Where(s =>
                (s.GivenName + " " + s.FamilyName).ToLower().Contains(text)
                || s.Uln == text
                || s.StudentNumber.ToLower() == text);
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (!string.IsNullOrWhiteSpace(filter.CoreCode))
        {
            students = students.Where(s => s.CoreCode == filter.CoreCode);
        }

        if (!string.IsNullOrWhiteSpace(filter.TutorUserId))
        {
            students = students.Where(s => s.TutorUserId == filter.TutorUserId);
        }

        if (filter.PlacementStatus == StudentFilter.NoPlacement)
        {
            students = students.Where(s => !placements.Any(p => p.StudentId == s.Id));
        }
        else if (Enum.TryParse<PlacementStatus>(filter.PlacementStatus, out var status))
        {
            students = students.Where(s => placements.Any(p => p.StudentId == s.Id && p.Status == status));
        }

        return students;
    }
}

using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Core.Access;

/// <summary>
/// The one place that decides which students, placements, employers and opportunities a viewer may see. Every query for
/// those records starts here, so a record outside the viewer's scope is simply not found.
/// </summary>
public sealed class AccessScope(PlacementDbContext db)
{
    public IQueryable<Student> Students(Viewer viewer)
    {
        if (viewer.SeesAllStudents)
        {
            return db.Students;
        }

        var userId = viewer.UserId;
        var asSubjectLead = viewer.Is(Accounts.Roles.SubjectLead);
        var asTutor = viewer.Is(Accounts.Roles.Tutor);
        var asSupervisor = viewer.Is(Accounts.Roles.EmployerSupervisor);
        var asStudent = viewer.Is(Accounts.Roles.Student);

        return db.Students.Where(s =>
            (asStudent && s.UserId == userId)
            || (asTutor && s.TutorUserId == userId)
            || (asSubjectLead && db.SubjectLeadPathways.Any(p => p.UserId == userId && p.CoreCode == s.CoreCode))
            || (asSupervisor && db.Placements.Any(p => p.StudentId == s.Id && p.SupervisorUserId == userId)));
    }

    public IQueryable<Placement> Placements(Viewer viewer)
    {
        if (viewer.SeesAllStudents)
        {
            return db.Placements;
        }

        var userId = viewer.UserId;
        var asSubjectLead = viewer.Is(Accounts.Roles.SubjectLead);
        var asTutor = viewer.Is(Accounts.Roles.Tutor);
        var asSupervisor = viewer.Is(Accounts.Roles.EmployerSupervisor);
        var asStudent = viewer.Is(Accounts.Roles.Student);

        // A supervisor sees the placements they supervise, not the same student's time with another employer.
        return db.Placements.Where(p =>
            (asSupervisor && p.SupervisorUserId == userId)
            || (asStudent && p.Student!.UserId == userId)
            || (asTutor && p.Student!.TutorUserId == userId)
            || (asSubjectLead
                && db.SubjectLeadPathways.Any(l => l.UserId == userId && l.CoreCode == p.Student!.CoreCode)));
    }

    /// <summary>Staff see every employer; a supervisor sees only the employers they are linked to.</summary>
    public IQueryable<Employer> Employers(Viewer viewer)
    {
        if (viewer.SeesAllEmployers)
        {
            return db.Employers;
        }

        var userId = viewer.UserId;
        var asSupervisor = viewer.Is(Accounts.Roles.EmployerSupervisor);
        return db.Employers.Where(e =>
            asSupervisor && db.EmployerSupervisors.Any(s => s.EmployerId == e.Id && s.UserId == userId));
    }

    public IQueryable<Opportunity> Opportunities(Viewer viewer)
    {
        if (viewer.SeesAllEmployers)
        {
            return db.Opportunities;
        }

        var userId = viewer.UserId;
        var asSupervisor = viewer.Is(Accounts.Roles.EmployerSupervisor);
        return db.Opportunities.Where(o =>
            asSupervisor && db.EmployerSupervisors.Any(s => s.EmployerId == o.EmployerId && s.UserId == userId));
    }
}

using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Opportunities;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Matching;

/// <summary>
/// Loads the candidates for matching in one query each and hands them to <see cref="MatchRanking"/>. Only open
/// opportunities with places left are suggested, and only students without a current placement.
/// </summary>
public sealed class MatchFinder(PlacementDbContext db, AccessScope scope, TimeProvider clock)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly PlacementStatus[] Current =
    [
        PlacementStatus.Planned,
        PlacementStatus.AwaitingAgreement,
        PlacementStatus.Active,
        PlacementStatus.OnHold,
    ];

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);

    /// <summary>Ranked opportunities for a student the viewer can see; null when the student is out of scope.</summary>
    public async Task<(StudentProfile Student, IReadOnlyList<Suggestion<OpportunityProfile>> Suggestions)?>
        ForStudentAsync(Guid studentId, Viewer viewer)
    {
        var student = await StudentProfiles(scope.Students(viewer).Where(s => s.Id == studentId))
            .SingleOrDefaultAsync();
        if (student is null)
        {
            return null;
        }

        var opportunities = await OpportunityProfiles(scope.Opportunities(viewer)
            .Where(o => o.Specialisms.Any(s => s.SpecialismCode == student.SpecialismCode)));
        return (student, MatchRanking.OpportunitiesFor(student, opportunities, Today));
    }

    /// <summary>Ranked students, among those the viewer can see, for an opportunity; null when out of scope.</summary>
    public async Task<(OpportunityProfile Opportunity, IReadOnlyList<Suggestion<StudentProfile>> Suggestions)?>
        ForOpportunityAsync(Guid opportunityId, Viewer viewer)
    {
        var found = await OpportunityProfiles(scope.Opportunities(viewer).Where(o => o.Id == opportunityId), true);
        if (found.Count == 0)
        {
            return null;
        }

        var opportunity = found[0];
        var codes = opportunity.SpecialismCodes.ToList();
        var students = await StudentProfiles(scope.Students(viewer)
            .Where(s => codes.Contains(s.SpecialismCode))
            .Where(s => !db.Placements.Any(p => p.StudentId == s.Id && Current.Contains(p.Status))))
            .ToListAsync();
        return (opportunity, MatchRanking.StudentsFor(opportunity, students, Today));
    }

    private static IQueryable<StudentProfile> StudentProfiles(IQueryable<Students.Student> students) =>
        students.Select(s => new StudentProfile(
            s.Id,
            s.GivenName + " " + s.FamilyName,
            s.SpecialismCode,
            s.Availability,
            s.Postcode,
            s.TravelMaxMiles,
            s.TravelMaxMinutes,
            s.Adjustments.Any(),
            s.PriorLearning,
            s.ExpectedEndDate));

    /// <summary>Open opportunities with places left; with <paramref name="anyStatus"/>, every one asked for.</summary>
    private async Task<List<OpportunityProfile>> OpportunityProfiles(
        IQueryable<Opportunity> opportunities,
        bool anyStatus = false)
    {
        var rows = await opportunities
            .Where(o => anyStatus || o.Status == OpportunityStatus.Open)
            .Select(o => new
            {
                o.Id,
                o.RoleTitle,
                EmployerName = o.Employer!.Name,
                Codes = o.Specialisms.Select(s => s.SpecialismCode).ToList(),
                o.WorkingDays,
                SitePostcode = db.EmployerSites.Where(s => s.Id == o.EmployerSiteId).Select(s => s.Postcode)
                    .FirstOrDefault(),
                o.RemoteWorkPossible,
                NotesSupport = o.Employer.SupportNotes != null && o.Employer.SupportNotes != "",
                o.MinimumStartingRequirements,
                o.SuggestedPriorLearning,
                o.StartFrom,
                o.StartTo,
                PlacesLeft = o.Places - db.Placements.Count(p =>
                    p.OpportunityId == o.Id && p.Status != PlacementStatus.Withdrawn),
            })
            .AsSplitQuery()
            .ToListAsync();
        return [.. rows
            .Where(r => anyStatus || r.PlacesLeft > 0)
            .Select(r => new OpportunityProfile(r.Id, r.RoleTitle, r.EmployerName, r.Codes, r.WorkingDays,
                r.SitePostcode, r.RemoteWorkPossible, r.NotesSupport, r.MinimumStartingRequirements,
                r.SuggestedPriorLearning, r.StartFrom, r.StartTo, r.PlacesLeft))];
    }
}

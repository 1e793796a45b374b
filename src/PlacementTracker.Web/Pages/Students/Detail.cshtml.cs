using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Students;
using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Pages.Students;

public class DetailModel(
    AccessScope scope,
    PlacementDbContext db,
    PlacementService placements,
    Core.Outcomes.OutcomeService outcomes) : PageModel
{
    public Student Student { get; private set; } = default!;

    public string SpecialismName { get; private set; } = "";

    public string PathwayName { get; private set; } = "";

    public int RequiredHours { get; private set; }

    public string? TutorName { get; private set; }

    public bool MayEdit { get; private set; }

    public bool SeesFullRecord { get; private set; }

    public bool SeesSend { get; private set; }

    /// <summary>For a supervisor: the adjustments the student consented to share, and no other SEND data.</summary>
    public IReadOnlyList<string> SharedAdjustments { get; private set; } = [];

    public bool SeesSharedAdjustments { get; private set; }

    public IReadOnlyList<PlacementRow> Placements { get; private set; } = [];

    public IndustryPlacement IndustryPlacement { get; private set; } = default!;

    public Core.Outcomes.PlacementOutcome Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var viewer = User.ToViewer();
        var student = await scope.Students(viewer)
            .AsNoTracking()
            .Include(s => s.Adjustments)
            .Include(s => s.WorkReadinessRatings)
            .Include(s => s.Training)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id);
        if (student is null)
        {
            return NotFound();
        }

        Student = student;
        (MayEdit, SeesFullRecord, SeesSend) = (viewer.MayEdit(), viewer.SeesFullRecord(), viewer.MaySeeSend());
        SeesSharedAdjustments = !SeesSend && viewer.SeesSharedAdjustments();
        SharedAdjustments = SeesSharedAdjustments && student.MayShareAdjustments
            ? [.. student.Adjustments.Where(a => a.ShareWithEmployer).Select(a => a.Description)]
            : [];
        await LoadNamesAsync(student);
        Placements = await scope.Placements(viewer)
            .Where(p => p.StudentId == id)
            .OrderBy(p => p.PlannedStart)
            .Select(p => new PlacementRow(p.Id, p.Employer!.Name, p.RoleTitle, p.Status, p.PlannedStart,
                p.PlannedEnd, p.PlannedHours))
            .ToListAsync();
        IndustryPlacement = (await placements.FindIndustryPlacementAsync(id, viewer))!;
        Outcome = (await outcomes.ForStudentAsync(id, viewer))!.Value;
        return Page();
    }

    private async Task LoadNamesAsync(Student student)
    {
        var specialism = await db.Specialisms
            .AsNoTracking()
            .Include(s => s.Pathway)
            .SingleAsync(s => s.Code == student.SpecialismCode);
        (SpecialismName, RequiredHours) = (specialism.Name, specialism.RequiredHours);
        PathwayName = $"{specialism.Pathway!.Name} ({student.CoreCode})";
        TutorName = await db.Users
            .Where(u => u.Id == student.TutorUserId)
            .Select(u => u.DisplayName)
            .SingleOrDefaultAsync();
    }

    public static string Days(WorkingDays days) =>
        days == WorkingDays.None
            ? "Not recorded"
            : string.Join(", ", Enum.GetValues<WorkingDays>().Where(d => d != WorkingDays.None && days.HasFlag(d)));

    public static string Travel(Student s)
    {
        var limits = new[]
        {
            s.TravelMaxMinutes is { } minutes ? $"up to {minutes} minutes" : null,
            s.TravelMaxMiles is { } miles ? $"up to {miles} miles" : null,
        }.Where(x => x is not null);
        var modes = Enum.GetValues<TravelModes>()
            .Where(m => m != TravelModes.None && s.TravelModes.HasFlag(m))
            .Select(m => m == TravelModes.Lift ? "lift" : m.ToString().ToLowerInvariant());
        var text = string.Join(" or ", limits);
        var by = string.Join(", ", modes);
        return (text, by) switch
        {
            ("", "") => "Not recorded",
            (_, "") => Capitalise(text),
            ("", _) => Capitalise($"by {by}"),
            _ => Capitalise($"{text}, by {by}"),
        };
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    public sealed record PlacementRow(
        Guid Id,
        string EmployerName,
        string RoleTitle,
        PlacementStatus Status,
        DateOnly PlannedStart,
        DateOnly PlannedEnd,
        int PlannedHours);
}

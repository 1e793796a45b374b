using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Feedback;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;
using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Monitoring;

/// <summary>
/// Builds the snapshots of every live placement a viewer may see and assesses them. Each kind of record is read
/// with one query over the viewer's placements (a subquery, never a query per placement), so the cost grows with
/// the number of placements only in the rows read.
/// </summary>
public sealed class CaseloadLoader(
    PlacementDbContext db,
    AccessScope scope,
    ProgressService progress,
    ProviderSettingsStore settingsStore,
    TimeProvider clock)
{
    public async Task<Caseload> LoadAsync(Viewer viewer, CaseloadFilter filter, CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(LivePlacements(viewer), cancellationToken);
        return Caseload.From(entries, filter);
    }

    /// <summary>The status of one placement the viewer can see, live or not; null when it is out of scope.</summary>
    public async Task<CaseloadEntry?> ForPlacementAsync(Viewer viewer, Guid placementId,
        CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(scope.Placements(viewer).Where(p => p.Id == placementId),
            cancellationToken);
        return entries.SingleOrDefault();
    }

    public IQueryable<Placement> LivePlacements(Viewer viewer) =>
        scope.Placements(viewer).Where(p => PlacementStatusEngine.Live.Contains(p.Status));

    public async Task<IReadOnlyList<CaseloadEntry>> EntriesAsync(IQueryable<Placement> placements,
        CancellationToken cancellationToken)
    {
        var settings = await settingsStore.GetAsync(cancellationToken);
        var today = TimeRules.Today(clock);
        var ids = placements.Select(p => p.Id);
        var rows = await RowsAsync(placements, cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var facts = new Facts(
            await progress.ForIndustryPlacementsAsync(placements.Select(p => p.IndustryPlacementId), cancellationToken),
            await ReviewsAsync(ids, cancellationToken),
            (await db.Timesheets.AsNoTracking()
                .Where(t => ids.Contains(t.PlacementId) && t.Status == TimesheetStatus.Submitted
                    && t.SubmittedAtUtc != null)
                .Select(t => new { t.PlacementId, Submitted = t.SubmittedAtUtc!.Value })
                .ToListAsync(cancellationToken)).ToLookup(t => t.PlacementId, t => t.Submitted),
            await AttendanceAsync(ids, today, cancellationToken),
            await FullySignedAsync(ids, cancellationToken),
            await ExpiredChecksAsync(placements, today, cancellationToken),
            await OverdueObjectivesAsync(ids, today, cancellationToken),
            await ConcernsAsync(placements, today.AddDays(-settings.ConcernNoteDays), cancellationToken));
        var tutors = await TutorNamesAsync(rows, cancellationToken);
        var pathways = await db.Pathways.AsNoTracking()
            .ToDictionaryAsync(p => p.CoreCode, p => p.Name, cancellationToken);

        return [.. rows.Select(row => Entry(row, Snapshot(row, facts), settings, today, tutors, pathways))];
    }

    private static CaseloadEntry Entry(PlacementRow row, PlacementSnapshot snapshot, ProviderSettings settings,
        DateOnly today, Dictionary<string, string> tutors, Dictionary<string, string> pathways)
    {
        var next = snapshot.Reviews
            .Where(r => r.HeldOn is null && r.DueOn is not null)
            .OrderBy(r => r.DueOn)
            .FirstOrDefault();
        return new CaseloadEntry
        {
            PlacementId = row.Id,
            StudentId = row.StudentId,
            StudentName = $"{row.GivenName} {row.FamilyName}",
            StudentSortName = $"{row.FamilyName} {row.GivenName}",
            EmployerId = row.EmployerId,
            EmployerName = row.EmployerName,
            CoreCode = row.CoreCode,
            PathwayName = pathways.GetValueOrDefault(row.CoreCode),
            TutorUserId = row.TutorUserId,
            TutorName = row.TutorUserId is null ? null : tutors.GetValueOrDefault(row.TutorUserId),
            Cohort = row.Cohort,
            PlacementStatus = row.Status,
            Snapshot = snapshot,
            Assessment = PlacementStatusEngine.Assess(snapshot, settings, today),
            NextReview = next is null ? null : (next.Kind, next.DueOn!.Value),
        };
    }

    private static PlacementSnapshot Snapshot(PlacementRow row, Facts facts)
    {
        var industry = facts.Progress.GetValueOrDefault(row.IndustryPlacementId);
        var part = industry?.For(row.Id);
        var projection = industry?.Projection;
        return new PlacementSnapshot
        {
            PlacementId = row.Id,
            Status = row.Status,
            PlannedStart = row.PlannedStart,
            PlannedEnd = row.PlannedEnd,
            StudentExpectedEnd = row.ExpectedEndDate,
            CountedMinutes = part?.CountedMinutes ?? 0,
            ExpectedMinutes = part?.ExpectedMinutes ?? 0,
            RequiredMinutes = industry?.RequiredMinutes ?? 0,
            ProjectedCompletion = projection?.Date,
            HoursReached = projection?.Reached ?? false,
            // With hours counted over working days so far there is a rate; no date then means beyond the horizon.
            ProjectedBeyondHorizon = projection is { Date: null, Reached: false }
                && industry is { CountedMinutes: > 0, ExpectedMinutes: > 0 },
            Reviews = facts.Reviews[row.Id].ToList(),
            WaitingTimesheetsSubmittedUtc = facts.WaitingTimesheets[row.Id].ToList(),
            LastLogbookEntry = row.LastLogbookEntry,
            RecentAttendance = facts.Attendance[row.Id].ToList(),
            AgreementFullySigned = facts.FullySigned.Contains(row.Id),
            ExpiredChecks = facts.ExpiredChecks[row.EmployerId].ToList(),
            OverdueObjectives = facts.OverdueObjectives[row.Id].ToList(),
            RecentEmployerConcerns = facts.Concerns[row.Id].ToList(),
        };
    }

    /// <summary>
    /// The placements with their student and employer, and the date of each one's last logbook entry: a seek to the
    /// end of its entries on the index by placement and date, rather than grouping every entry of the caseload.
    /// </summary>
    private Task<List<PlacementRow>> RowsAsync(IQueryable<Placement> placements,
        CancellationToken cancellationToken) =>
        placements.AsNoTracking()
            .Select(p => new PlacementRow(
                p.Id,
                p.IndustryPlacementId,
                p.StudentId,
                p.Student!.GivenName,
                p.Student.FamilyName,
                p.Student.CoreCode,
                p.Student.Cohort,
                p.Student.TutorUserId,
                p.Student.ExpectedEndDate,
                p.EmployerId,
                p.Employer!.Name,
                p.Status,
                p.PlannedStart,
                p.PlannedEnd,
                db.LogbookEntries.Where(e => e.PlacementId == p.Id).Max(e => (DateOnly?)e.Date)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Every review, and the lowest ratings of only the latest held reviews of each placement (all of them when
    /// several were held on the latest day): the rules look at no other review's ratings, and reading the ratings of
    /// every held review was most of the time the reviews took. The latest are picked from the reviews already read
    /// and sent as one array parameter, so the ratings are found by their review on the index.
    /// </summary>
    private async Task<ILookup<Guid, ReviewFact>> ReviewsAsync(IQueryable<Guid> ids,
        CancellationToken cancellationToken)
    {
        var reviews = await db.Reviews.AsNoTracking()
            .Where(r => ids.Contains(r.PlacementId))
            .Select(r => new { r.Id, r.PlacementId, r.Kind, r.DueOn, r.HeldOn })
            .ToListAsync(cancellationToken);
        var latestHeld = reviews
            .Where(r => r.HeldOn is not null)
            .GroupBy(r => r.PlacementId)
            .SelectMany(g =>
            {
                var last = g.Max(r => r.HeldOn);
                return g.Where(r => r.HeldOn == last);
            })
            .Select(r => r.Id)
            .ToList();
        var lowest = (await db.ReviewRatings.AsNoTracking()
                .Where(r => EF.Parameter(latestHeld).Contains(r.ReviewId) && r.LevelPosition == 1)
                .Select(r => new { r.ReviewId, r.AreaName, r.LevelName })
                .ToListAsync(cancellationToken)).ToLookup(r => r.ReviewId);
        return reviews.ToLookup(r => r.PlacementId, r => new ReviewFact(
            r.Kind,
            r.DueOn,
            r.HeldOn,
            [.. lowest[r.Id].Select(l => l.AreaName).Order(StringComparer.Ordinal)],
            lowest[r.Id].Select(l => l.LevelName).FirstOrDefault()));
    }

    private async Task<ILookup<Guid, AttendanceFact>> AttendanceAsync(IQueryable<Guid> ids, DateOnly today,
        CancellationToken cancellationToken)
    {
        var from = today.AddDays(1 - PlacementStatusEngine.AttendanceWindowDays);
        return (await db.Attendances.AsNoTracking()
            .Where(a => ids.Contains(a.PlacementId) && a.Date >= from && a.Date <= today
                && (a.Kind == AttendanceKind.UnauthorisedAbsence || a.Kind == AttendanceKind.Lateness))
            .Select(a => new { a.PlacementId, a.Date, a.Kind })
            .ToListAsync(cancellationToken)).ToLookup(a => a.PlacementId, a => new AttendanceFact(a.Date, a.Kind));
    }

    /// <summary>
    /// Placements whose current agreement is fully signed, by <see cref="AgreementService"/>'s rule. Only the
    /// signatures that rule could count are read (standing, on the document's content), as flat rows.
    /// </summary>
    private async Task<HashSet<Guid>> FullySignedAsync(IQueryable<Guid> ids, CancellationToken cancellationToken)
    {
        var standing = await (
                from document in db.SignedDocuments.AsNoTracking()
                where ids.Contains(document.PlacementId) && document.Kind == DocumentKind.Agreement
                    && document.ReplacedAtUtc == null
                from signature in document.Signatures
                where signature.VoidedAtUtc == null && signature.ContentHash == document.ContentHash
                select new { document.PlacementId, DocumentId = document.Id, signature.Capacity })
            .ToListAsync(cancellationToken);
        return [.. standing
            .GroupBy(s => (s.PlacementId, s.DocumentId))
            .Where(d =>
            {
                var document = new SignedDocument { ContentHash = "" };
                document.Signatures.AddRange(d.Select(s => new Signature { Capacity = s.Capacity, ContentHash = "" }));
                return AgreementService.IsFullySigned(document);
            })
            .Select(d => d.Key.PlacementId)];
    }

    private async Task<ILookup<Guid, CheckFact>> ExpiredChecksAsync(IQueryable<Placement> placements, DateOnly today,
        CancellationToken cancellationToken)
    {
        var employers = placements.Select(p => p.EmployerId);
        return (await db.DueDiligenceChecks.AsNoTracking()
            .Where(c => employers.Contains(c.EmployerId) && c.ExpiresOn < today)
            .Select(c => new { c.EmployerId, c.Kind, c.ExpiresOn })
            .ToListAsync(cancellationToken)).ToLookup(c => c.EmployerId, c => new CheckFact(c.Kind, c.ExpiresOn));
    }

    private async Task<ILookup<Guid, ObjectiveFact>> OverdueObjectivesAsync(IQueryable<Guid> ids, DateOnly today,
        CancellationToken cancellationToken) =>
        (await db.Objectives.AsNoTracking()
            .Where(o => ids.Contains(o.PlacementId) && !o.Removed && o.TargetDate != null && o.TargetDate < today
                && o.Status != ObjectiveStatus.Achieved)
            .Select(o => new { o.PlacementId, TargetDate = o.TargetDate!.Value, o.Status })
            .ToListAsync(cancellationToken))
        .ToLookup(o => o.PlacementId, o => new ObjectiveFact(o.TargetDate, o.Status));

    /// <summary>
    /// Concern notes from the employer since <paramref name="since"/>: written by one of the employer's supervisors,
    /// or by someone holding the supervisor role, who could only have written it as the placement's supervisor; so a
    /// supervisor's concern still counts after the placement moves to a colleague and they are unlinked.
    /// </summary>
    private async Task<ILookup<Guid, DateOnly>> ConcernsAsync(IQueryable<Placement> placements, DateOnly since,
        CancellationToken cancellationToken) =>
        (await (
                from note in db.FeedbackNotes.AsNoTracking()
                join placement in placements on note.PlacementId equals placement.Id
                where note.Tone == FeedbackTone.Concern && note.Date >= since
                    && (db.EmployerSupervisors.Any(s =>
                            s.EmployerId == placement.EmployerId && s.UserId == note.AuthorUserId)
                        || db.UserRoles.Any(ur => ur.UserId == note.AuthorUserId
                            && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.EmployerSupervisor)))
                select new { note.PlacementId, note.Date })
            .ToListAsync(cancellationToken))
        .ToLookup(n => n.PlacementId, n => n.Date);

    private async Task<Dictionary<string, string>> TutorNamesAsync(List<PlacementRow> rows,
        CancellationToken cancellationToken)
    {
        var tutorIds = rows.Select(r => r.TutorUserId).OfType<string>().Distinct().ToList();
        return await db.Users.AsNoTracking()
            .Where(u => tutorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    private sealed record PlacementRow(
        Guid Id,
        Guid IndustryPlacementId,
        Guid StudentId,
        string GivenName,
        string FamilyName,
        string CoreCode,
        string Cohort,
        string? TutorUserId,
        DateOnly ExpectedEndDate,
        Guid EmployerId,
        string EmployerName,
        PlacementStatus Status,
        DateOnly PlannedStart,
        DateOnly PlannedEnd,
        DateOnly? LastLogbookEntry);

    private sealed record Facts(
        IReadOnlyDictionary<Guid, IndustryPlacementProgress> Progress,
        ILookup<Guid, ReviewFact> Reviews,
        ILookup<Guid, DateTime> WaitingTimesheets,
        ILookup<Guid, AttendanceFact> Attendance,
        HashSet<Guid> FullySigned,
        ILookup<Guid, CheckFact> ExpiredChecks,
        ILookup<Guid, ObjectiveFact> OverdueObjectives,
        ILookup<Guid, DateOnly> Concerns);
}

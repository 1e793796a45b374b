using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Accounts;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Completion;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Progress;
using PlacementTracker.Core.Reviews;
using PlacementTracker.Core.Settings;
using PlacementTracker.Core.Timesheets;

namespace PlacementTracker.Core.Demo;

/// <summary>
/// Takes two finished demo placements to the end of the provider's process through the same services the pages use:
/// their weeks of approved hours, the employer appraisal, the end-of-placement review and the completion declaration
/// signed by the coordinator and the supervisor, which completes the placement and locks the record. The first
/// student worked more than the required hours and is reported as completed; the second, off sick for weeks, fell
/// short and has special consideration recorded. Both are among the finished placements whose start, middle and end
/// reviews were all held (<see cref="DemoReviews"/>) and whose agreement was signed (<see cref="DemoAgreements"/>).
/// A third finished placement, with the demo supervisor where one is theirs, is left ready for someone to complete
/// by hand (<see cref="ReadyAsync"/>): every hour worked and approved, the agreement signed, but no review held yet.
/// </summary>
internal static class DemoCompletions
{
    /// <summary>Share of the planned daily hours worked: well over, and well under, what was planned.</summary>
    private const decimal CompletedPace = 1.15m;

    private const decimal ShortPace = 0.75m;

    /// <summary>A little over plan, so the hours are reached even after a day or two off.</summary>
    private const decimal ReadyPace = 1.1m;

    private static readonly string[] SpecialConsiderationReasons = ["ML"];

    /// <summary>
    /// Picks the placement left ready to complete, before the reviews are built, and gives it its weeks of approved
    /// hours: it is still active, since only the declaration completes it. Its id comes back, so that
    /// <see cref="DemoReviews"/> leaves its reviews to be held.
    /// </summary>
    public static async Task<Guid> ReadyAsync(
        PlacementDbContext db,
        TimeProvider clock,
        string supervisorEmail,
        int seed,
        CancellationToken cancellationToken)
    {
        var supervisorId = await db.Users.Where(u => u.Email == supervisorEmail).Select(u => u.Id)
            .SingleAsync(cancellationToken);
        var finished = await Finished(db).ToListAsync(cancellationToken);
        var facts = finished.FirstOrDefault(f => f.Placement.SupervisorUserId == supervisorId)
            ?? finished.FirstOrDefault()
            ?? throw new InvalidOperationException("The demo college has no finished placement to leave ready.");
        await ReopenAsync(db, facts.Placement.Id, cancellationToken);
        new DemoWeeks(db, new DemoDice(seed + 11), facts, TimeRules.Today(clock), clock.GetUtcNow().UtcDateTime)
            .Add(ReadyPace, DemoLastWeek.Approved, remoteFridays: false);
        await db.SaveChangesAsync(cancellationToken);
        var progress = new ProgressService(db, new ProviderSettingsStore(db, new AuditLog(db, clock)), clock);
        var counted = await progress.ForIndustryPlacementAsync(facts.Placement.IndustryPlacementId, cancellationToken);
        if (counted.CountedMinutes < counted.RequiredMinutes)
        {
            throw new InvalidOperationException("The demo placement left ready to complete fell short of the hours.");
        }

        return facts.Placement.Id;
    }

    public static async Task BuildAsync(
        PlacementDbContext db,
        TimeProvider clock,
        string coordinatorEmail,
        int seed,
        CancellationToken cancellationToken)
    {
        var coordinator = await db.Users.Where(u => u.Email == coordinatorEmail)
            .Select(u => new { u.Id, u.DisplayName }).SingleAsync(cancellationToken);
        var candidates = await FinishedAsync(db, cancellationToken);
        if (candidates.Count < 2)
        {
            throw new InvalidOperationException("The demo college has too few finished placements to complete.");
        }

        var completion = new Completer(db, clock, new DemoDice(seed + 10),
            new Viewer(coordinator.Id, new HashSet<string> { Roles.PlacementCoordinator }),
            new Actor(coordinator.Id, coordinator.DisplayName));
        await completion.CompleteAsync(candidates[0], CompletedPace, specialConsideration: false, cancellationToken);
        await completion.CompleteAsync(candidates[^1], ShortPace, specialConsideration: true, cancellationToken);
    }

    /// <summary>
    /// Finished placements, the student's only one, with a supervisor, a tutor (who writes the end-of-placement
    /// review with the student), a signed agreement and all three formal reviews held, and no hours yet: in
    /// student-number order.
    /// </summary>
    private static async Task<List<DemoWeeks.Facts>> FinishedAsync(
        PlacementDbContext db, CancellationToken cancellationToken) =>
        await Finished(db, p => db.Reviews.Count(
                r => r.PlacementId == p.Id && r.Kind != ReviewKind.Informal && r.HeldOn != null)
            == DeclarationFacts.FormalReviews.Length)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Finished placements, the student's only one, with a supervisor, a tutor, a signed agreement and no hours yet,
    /// that also meet <paramref name="also"/>: in student-number order.
    /// </summary>
    private static IQueryable<DemoWeeks.Facts> Finished(
        PlacementDbContext db, Expression<Func<Placement, bool>>? also = null)
    {
        var finished = db.Placements
            .Where(p => p.Status == PlacementStatus.Completed && p.SupervisorUserId != null
                && p.Student!.TutorUserId != null
                && !db.Placements.Any(o => o.IndustryPlacementId == p.IndustryPlacementId && o.Id != p.Id)
                && db.SignedDocuments.Any(d => d.PlacementId == p.Id && d.Kind == DocumentKind.Agreement)
                && !db.TimeEntries.Any(t => t.PlacementId == p.Id));
        return (also is null ? finished : finished.Where(also))
            .OrderBy(p => p.Student!.StudentNumber)
            .Select(p => new DemoWeeks.Facts(p, p.Student!.UserId, p.Student.GivenName,
                db.Users.Where(u => u.Id == p.SupervisorUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                db.Objectives.Where(o => o.PlacementId == p.Id).OrderBy(o => o.Id).Select(o => o.Id).ToList()))
            .AsNoTracking();
    }

    /// <summary>Finished on the ground but not yet signed off: only the declaration makes it completed.</summary>
    private static async Task ReopenAsync(
        PlacementDbContext db, Guid placementId, CancellationToken cancellationToken) =>
        (await db.Placements.SingleAsync(p => p.Id == placementId, cancellationToken)).Status = PlacementStatus.Active;

    private sealed class Completer(
        PlacementDbContext db, TimeProvider clock, DemoDice dice, Viewer coordinator, Actor coordinatorActor)
    {
        private AuditLog Audit => new(db, clock);

        private ProgressService Progress => new(db, new ProviderSettingsStore(db, Audit), clock);

        private DeclarationService Declarations => new(db, Progress, Audit, clock);

        public async Task CompleteAsync(
            DemoWeeks.Facts facts, decimal pace, bool specialConsideration, CancellationToken cancellationToken)
        {
            var placement = facts.Placement;
            await ReopenAsync(db, placement.Id, cancellationToken);
            new DemoWeeks(db, dice, facts, TimeRules.Today(clock),
                clock.GetUtcNow().UtcDateTime).Add(pace, DemoLastWeek.Approved, remoteFridays: false);
            await db.SaveChangesAsync(cancellationToken);

            var supervisor = new Viewer(placement.SupervisorUserId!, new HashSet<string> { Roles.EmployerSupervisor });
            var supervisorActor = new Actor(placement.SupervisorUserId, facts.SupervisorName);
            var tutor = await db.Students.Where(s => s.Id == placement.StudentId)
                .Select(s => db.Users.Single(u => u.Id == s.TutorUserId)).SingleAsync(cancellationToken);
            await AppraiseAsync(placement.Id, supervisor, supervisorActor);
            var reviews = new CompletionReviewService(db, new AccessScope(db), Audit, clock);
            Ensure(await reviews.SaveEndOfPlacementAsync(placement.Id, new EndOfPlacementInput(
                    "I learned to plan my week, to ask for help early and to check my own work before handing it in.",
                    "Finished the projects in my plan and ran a small piece of work on my own.",
                    "Apply for an apprenticeship in the same field.",
                    await VersionAsync(placement.Id)),
                new Viewer(tutor.Id, new HashSet<string> { Roles.Tutor }), new Actor(tutor.Id, tutor.DisplayName)),
                "end-of-placement review");
            if (specialConsideration)
            {
                await RecordSpecialConsiderationAsync(placement);
            }
            else
            {
                Ensure(await reviews.SaveSuccessAsync(placement.Id, new SuccessInput(
                        "A supervisor who set a clear weekly goal and a student who kept a careful logbook.",
                        StudentConsentsToCaseStudy: true, EmployerConsentsToCaseStudy: true,
                        await VersionAsync(placement.Id)),
                    coordinator, coordinatorActor), "what made it succeed");
            }

            await SignAsync(placement.Id, supervisor, supervisorActor);
        }

        private async Task AppraiseAsync(Guid placementId, Viewer supervisor, Actor supervisorActor)
        {
            var reviews = new CompletionReviewService(db, new AccessScope(db), Audit, clock);
            var framework = await reviews.FrameworkAsync();
            var good = framework.Levels[^Math.Min(2, framework.Levels.Count)];
            Ensure(await reviews.SaveAppraisalAsync(placementId, new AppraisalInput(
                    framework.Areas.ToDictionary(a => a.Id, _ => good.Id),
                    "Reliable, careful and good with customers.",
                    "Speaking up in larger meetings.",
                    WouldOfferReference: true, WouldOfferJob: true, await VersionAsync(placementId)),
                supervisor, supervisorActor), "employer appraisal");
        }

        /// <summary>Recorded with the hours actually counted: fewer than required, as the reason explains.</summary>
        private async Task RecordSpecialConsiderationAsync(Placement placement)
        {
            var counted = await Progress.ForIndustryPlacementAsync(placement.IndustryPlacementId);
            if (counted.CountedMinutes >= counted.RequiredMinutes)
            {
                throw new InvalidOperationException("The demo special consideration student reached the hours.");
            }

            Ensure(await new SpecialConsiderationService(db, new AccessScope(db), Audit).RecordAsync(placement.Id,
                    new SpecialConsiderationInput(SpecialConsiderationReasons,
                        Math.Clamp(counted.CountedMinutes / 60, CompletionRules.MinSpecialConsiderationHours,
                            CompletionRules.MaxSpecialConsiderationHours),
                        "Fit notes from the student's GP for six weeks off sick, kept in the student file."),
                    coordinator, coordinatorActor), "special consideration");
        }

        private async Task SignAsync(Guid placementId, Viewer supervisor, Actor supervisorActor)
        {
            Ensure(await Declarations.GenerateAsync(placementId, coordinator, coordinatorActor), "generate");
            var hash = (await Declarations.GetAsync(placementId))!.Declaration!.Current.ContentHash;
            Ensure(await Declarations.SignAsync(
                placementId, SignerCapacity.Provider, hash, coordinator, coordinatorActor), "provider signature");
            Ensure(await Declarations.SignAsync(
                placementId, SignerCapacity.Employer, hash, supervisor, supervisorActor), "employer signature");
        }

        private async Task<uint> VersionAsync(Guid placementId) =>
            await db.CompletionReviews.Where(r => r.PlacementId == placementId).Select(r => r.Version)
                .FirstOrDefaultAsync();

        private static void Ensure(CompletionResult result, string step)
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Demo completion failed at the {step}: {string.Join("; ", result.Errors.Values)}");
            }
        }

        private static void Ensure(DeclarationOutcome outcome, string step)
        {
            if (outcome != DeclarationOutcome.Done)
            {
                throw new InvalidOperationException($"Demo completion failed at the {step}: {outcome}");
            }
        }
    }
}

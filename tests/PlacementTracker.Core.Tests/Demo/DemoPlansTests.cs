using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Placements;
using PlacementTracker.Core.Plans;

namespace PlacementTracker.Core.Tests.Demo;

public sealed class DemoPlansTests(SeededDemoCollege college) : IClassFixture<SeededDemoCollege>
{
    [Fact]
    public async Task PlacementsPastPlanning_HaveTheirTemplatesObjectives_AndTheirAgreementsHoldThem()
    {
        var db = college.Database.Db;
        var templated = (await db.ObjectiveTemplates.Select(t => t.SpecialismCode).ToListAsync()).ToHashSet();
        var placements = await db.Placements.AsNoTracking()
            .Where(p => p.Status == PlacementStatus.Active || p.Status == PlacementStatus.Completed)
            .Select(p => new { p.Id, p.Status, p.Student!.SpecialismCode })
            .ToListAsync();
        var withTemplate = placements.Where(p => templated.Contains(p.SpecialismCode)).ToList();
        var objectives = await db.Objectives.AsNoTracking().ToListAsync();
        var agreements = await db.SignedDocuments.AsNoTracking()
            .Where(d => d.Kind == DocumentKind.Agreement).ToListAsync();

        Assert.NotEmpty(withTemplate);
        Assert.All(withTemplate, placement =>
        {
            var own = objectives.Where(o => o.PlacementId == placement.Id).ToList();
            Assert.NotEmpty(own);
            var agreement = Assert.Single(agreements, a => a.PlacementId == placement.Id);
            Assert.All(own, o => Assert.Contains(o.Description, agreement.Content, StringComparison.Ordinal));
            if (placement.Status == PlacementStatus.Completed)
            {
                Assert.All(own, o => Assert.Equal(ObjectiveStatus.Achieved, o.Status));
            }
        });
        Assert.Equal(
            objectives.Count,
            await db.ObjectiveRevisions.CountAsync(r => r.Reason == RevisionReason.PlanSetUp));
    }

    [Fact]
    public async Task PlannedPlacements_HaveNoPlanYet()
    {
        var db = college.Database.Db;
        var planned = await db.Placements.Where(p => p.Status == PlacementStatus.Planned).Select(p => p.Id)
            .ToListAsync();

        Assert.NotEmpty(planned);
        Assert.False(await db.Objectives.AnyAsync(o => planned.Contains(o.PlacementId)));
    }
}

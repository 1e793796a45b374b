using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Agreements;
using PlacementTracker.Core.Documents;
using PlacementTracker.Core.Placements;

namespace PlacementTracker.Core.Tests.Demo;

public sealed class DemoAgreementsTests(SeededDemoCollege college) : IClassFixture<SeededDemoCollege>
{
    [Fact]
    public async Task StartedPlacements_HaveFullySignedAgreementsWithRealHashes()
    {
        var db = college.Database.Db;
        var started = await db.Placements
            .Where(p => p.Status == PlacementStatus.Active || p.Status == PlacementStatus.Completed)
            .Select(p => p.Id)
            .ToListAsync();
        var documents = await db.SignedDocuments.Include(d => d.Signatures).AsNoTracking()
            .Where(d => d.Kind == DocumentKind.Agreement).ToListAsync();

        Assert.NotEmpty(started);
        Assert.All(started, id =>
        {
            var document = Assert.Single(documents, d => d.PlacementId == id);
            Assert.True(AgreementService.IsFullySigned(document));
            Assert.Equal(PrintedDocument.Hash(document.Content), document.ContentHash);
        });
    }

    [Fact]
    public async Task AwaitingPlacements_AreSignedByTheProviderOnly_AndStayUnchangedWhenRefreshed()
    {
        var db = college.Database.Db;
        var awaiting = await db.Placements
            .Where(p => p.Status == PlacementStatus.AwaitingAgreement)
            .Select(p => p.Id)
            .ToListAsync();
        var documents = await db.SignedDocuments.Include(d => d.Signatures).AsNoTracking()
            .Where(d => d.Kind == DocumentKind.Agreement).ToListAsync();

        Assert.NotEmpty(awaiting);
        Assert.All(awaiting, id =>
        {
            var document = Assert.Single(documents, d => d.PlacementId == id);
            Assert.Equal(SignerCapacity.Provider, Assert.Single(document.Signatures).Capacity);
        });
        var facts = await AgreementFacts.LoadAsync(db, awaiting[0]);
        Assert.Equal(
            documents.Single(d => d.PlacementId == awaiting[0]).Content,
            AgreementContent.Build(facts!).ToPlainText());
    }
}

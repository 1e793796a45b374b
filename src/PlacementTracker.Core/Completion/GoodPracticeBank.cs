using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;

namespace PlacementTracker.Core.Completion;

/// <summary>A search of the bank of good practice: words to find, and an optional route and employer.</summary>
public sealed record GoodPracticeQuery(string? Text, int? RouteId, Guid? EmployerId, int PageNumber = 1);

/// <summary>One placement's account of what made it succeed.</summary>
public sealed record GoodPracticeItem(
    Guid PlacementId,
    string RouteName,
    Guid EmployerId,
    string EmployerName,
    string RoleTitle,
    DateOnly PlannedEnd,
    string SuccessFactors,
    bool StudentConsentsToCaseStudy,
    bool EmployerConsentsToCaseStudy);

public sealed record GoodPracticePage(IReadOnlyList<GoodPracticeItem> Items, int Total, int PageNumber, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// What made placements succeed, kept for future placements: every completion review that records it, newest first,
/// searchable by its words and filtered by route and employer. For provider staff only.
/// </summary>
public sealed class GoodPracticeBank(PlacementDbContext db)
{
    public const int PageSize = 20;

    public async Task<GoodPracticePage> SearchAsync(
        GoodPracticeQuery query, CancellationToken cancellationToken = default)
    {
        var items =
            from review in db.CompletionReviews.AsNoTracking()
            join placement in db.Placements on review.PlacementId equals placement.Id
            join pathway in db.Pathways on placement.Student!.CoreCode equals pathway.CoreCode
            where review.SuccessFactors != null
            select new { review, placement, pathway };
        if (query.RouteId is { } routeId)
        {
            items = items.Where(i => i.pathway.RouteId == routeId);
        }

        if (query.EmployerId is { } employerId)
        {
            items = items.Where(i => i.placement.EmployerId == employerId);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToLowerInvariant();

            // These run in the database as lower(), the same on SQLite and PostgreSQL; no .NET culture applies.
#pragma warning disable CA1304, CA1311, CA1862
            items = items.Where(i => i.review.SuccessFactors!.ToLower().Contains(text)
                || i.placement.RoleTitle.ToLower().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var pageNumber = Math.Max(1, query.PageNumber);
        var total = await items.CountAsync(cancellationToken);
        var page = await items
            .OrderByDescending(i => i.placement.PlannedEnd)
            .ThenBy(i => i.placement.Id)
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(i => new GoodPracticeItem(
                i.placement.Id,
                i.pathway.Route!.Name,
                i.placement.EmployerId,
                i.placement.Employer!.Name,
                i.placement.RoleTitle,
                i.placement.PlannedEnd,
                i.review.SuccessFactors!,
                i.review.StudentConsentsToCaseStudy,
                i.review.EmployerConsentsToCaseStudy))
            .ToListAsync(cancellationToken);
        return new GoodPracticePage(page, total, pageNumber, PageSize);
    }

    /// <summary>The routes and employers that have entries in the bank, for the filters.</summary>
    public async Task<(IReadOnlyList<(int Id, string Name)> Routes, IReadOnlyList<(Guid Id, string Name)> Employers)>
        FiltersAsync(CancellationToken cancellationToken = default)
    {
        var entries =
            from review in db.CompletionReviews.AsNoTracking()
            join placement in db.Placements on review.PlacementId equals placement.Id
            join pathway in db.Pathways on placement.Student!.CoreCode equals pathway.CoreCode
            where review.SuccessFactors != null
            select new
            {
                pathway.RouteId,
                RouteName = pathway.Route!.Name,
                placement.EmployerId,
                placement.Employer!.Name,
            };
        var rows = await entries.Distinct().ToListAsync(cancellationToken);
        return (
            [.. rows.Select(r => (r.RouteId, r.RouteName)).Distinct().OrderBy(r => r.RouteName)],
            [.. rows.Select(r => (r.EmployerId, r.Name)).Distinct().OrderBy(r => r.Name)]);
    }
}

using PlacementTracker.Web.Infrastructure;

namespace PlacementTracker.Web.Employers;

/// <summary>
/// Keeps due-diligence evidence in the data folder, outside wwwroot, under names the app chose, so a
/// file is only ever read through a page that has checked who is asking.
/// </summary>
public sealed class EvidenceStore(IHostEnvironment environment, IConfiguration configuration)
{
    private string Folder
    {
        get
        {
            var folder = Path.Combine(environment.DataDirectory(configuration), "evidence");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var storedName = Guid.NewGuid().ToString("N");
        await using var file = File.Create(Path.Combine(Folder, storedName));
        await content.CopyToAsync(file, cancellationToken);
        return storedName;
    }

    public Stream OpenRead(string storedName) => File.OpenRead(PathOf(storedName));

    public void Delete(string storedName) => File.Delete(PathOf(storedName));

    private string PathOf(string storedName) =>
        Guid.TryParseExact(storedName, "N", out _)
            ? Path.Combine(Folder, storedName)
            : throw new ArgumentException("Not a stored evidence name.", nameof(storedName));
}

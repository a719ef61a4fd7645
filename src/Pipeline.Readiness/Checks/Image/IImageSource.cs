namespace Pipeline.Readiness.Checks.Image;

/// <summary>Where an image comes from: it is exported as a <c>docker save</c> archive and read from there, so an
/// engine and a saved file give the same findings.</summary>
public interface IImageSource
{
    /// <summary>A name for reports (the image reference or the archive).</summary>
    string Name { get; }

    /// <summary>Writes (or finds) the image archive and returns its path. Throws when the image cannot be had.</summary>
    Task<string> ExportAsync(CheckContext context, string workDirectory);
}

/// <summary>An image archive already on disk (from <c>docker save</c>): no engine needed.</summary>
internal sealed class ArchiveImageSource(string archive) : IImageSource
{
    /// <inheritdoc />
    public string Name => archive;

    /// <inheritdoc />
    public Task<string> ExportAsync(CheckContext context, string workDirectory)
    {
        var path = Path.GetFullPath(archive, context.Root);
        return File.Exists(path) ? Task.FromResult(path) : throw new FileNotFoundException($"the image archive '{archive}' does not exist");
    }
}

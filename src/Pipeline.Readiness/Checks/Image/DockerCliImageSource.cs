namespace Pipeline.Readiness;

/// <summary>Exports an image with the docker CLI (<c>docker save</c>) from the engine at <paramref name="dockerHost"/>
/// (null: the CLI's default). A missing CLI, engine or image fails the export, which the gate records as an Error.</summary>
public sealed class DockerCliImageSource(string image, string? dockerHost = null) : IImageSource
{
    /// <inheritdoc />
    public string Name => image;

    /// <inheritdoc />
    public async Task<string> ExportAsync(CheckContext context, string workDirectory)
    {
        var archive = Path.Combine(workDirectory, "image.tar");
        await context.Processes.RunAsync(new ProcessSpec("docker", ["save", "--output", archive, image])
        {
            WorkingDirectory = context.Root,
            Environment = dockerHost is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["DOCKER_HOST"] = dockerHost },
        }, context.Cancellation).ConfigureAwait(false);
        return archive;
    }
}

namespace Pipeline.Readiness.Checks.Image;

/// <summary>Exports an image with the docker CLI (<c>docker save</c>) from the engine at <paramref name="dockerHost"/>
/// (null: the CLI's default). A missing CLI, engine or image fails the export with a reason saying which, and the gate
/// records it as an Error.</summary>
internal sealed class DockerCliImageSource(string image, string? dockerHost = null) : IImageSource
{
    /// <inheritdoc />
    public string Name => image;

    /// <inheritdoc />
    public async Task<string> ExportAsync(CheckContext context, string workDirectory)
    {
        var archive = Path.Combine(workDirectory, "image.tar");
        var result = await context.Processes.RunAsync(new ProcessSpec("docker", ["save", "--output", archive, image])
        {
            WorkingDirectory = context.Root,
            Environment = dockerHost is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["DOCKER_HOST"] = dockerHost },
            CheckExitCode = false,
            LogOutput = false,
        }, context.Cancellation).ConfigureAwait(false);
        var error = result.StandardError.Trim();
        return result.ExitCode == 0 ? archive : throw new InvalidOperationException(error switch
        {
            _ when error.Contains("Cannot connect to the Docker daemon", StringComparison.Ordinal) || error.Contains("connect: no such file", StringComparison.Ordinal) =>
                $"no Docker engine answers at {dockerHost ?? "the CLI's default socket"}: start one or set DOCKER_HOST, then build the image ({image})",
            _ when error.Contains("No such image", StringComparison.OrdinalIgnoreCase) || error.Contains("reference does not exist", StringComparison.Ordinal) =>
                $"the engine has no image {image}: build it first (BuildImage --image-name {image})",
            _ => $"docker save {image} exited {result.ExitCode}: {error.Split('\n')[^1]}",
        });
    }
}

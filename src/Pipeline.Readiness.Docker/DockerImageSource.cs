using Docker.DotNet;

namespace Pipeline.Readiness.Docker;

/// <summary>Exports an image from a Docker-API engine (<c>GET /images/{name}/get</c>) at <paramref name="endpoint"/>,
/// or <c>DOCKER_HOST</c>, or the local socket. A missing image or an unreachable engine throws, which the gate
/// records as an Error.</summary>
public sealed class DockerImageSource(string image, Uri? endpoint = null) : IImageSource
{
    /// <inheritdoc />
    public string Name => image;

    /// <inheritdoc />
    public async Task<string> ExportAsync(CheckContext context, string workDirectory)
    {
        var host = endpoint ?? (Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } value ? new Uri(value) : new Uri("unix:///var/run/docker.sock"));
        using var configuration = new DockerClientConfiguration(host);
        using var client = configuration.CreateClient();
        var archive = Path.Combine(workDirectory, "image.tar");
        try
        {
            await using var stream = await client.Images.SaveImageAsync(image, context.Cancellation).ConfigureAwait(false);
            await using var file = File.Create(archive);
            await stream.CopyToAsync(file, context.Cancellation).ConfigureAwait(false);
        }
        catch (DockerImageNotFoundException)
        {
            throw new InvalidOperationException($"the image '{image}' does not exist in the engine at {host}");
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Net.Sockets.SocketException or TimeoutException or DockerApiException)
        {
            throw new InvalidOperationException($"the Docker engine at {host} could not export '{image}': {exception.Message.Split('\n')[0]}");
        }

        return archive;
    }
}

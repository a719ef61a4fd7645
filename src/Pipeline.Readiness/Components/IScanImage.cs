namespace Pipeline.Readiness;

/// <summary>The container image (OS packages against OSV, root user, secrets in layers, ports, size) and its
/// Dockerfile; <c>BuildImage</c> builds <c>--image-name</c> from the root's Dockerfile before <c>ScanImage</c> runs.</summary>
public interface IScanImage : IReadinessComponent
{
    /// <summary>The image to build and scan (<c>--image-name</c>), e.g. <c>orders-api:1.4.2</c>.</summary>
    [Parameter("Image that BuildImage builds and ScanImage scans, e.g. orders-api:1.4.2")]
    string? ImageName => this.ParameterValue<string>(nameof(ImageName));

    /// <summary>Override to set an archive, the expected ports, the size budget or an OSV folder.</summary>
    ImageScanOptions ImageScanSettings => new() { Image = ImageName };

    /// <summary>Where the image comes from: the settings' archive, else the named image through the docker CLI.
    /// Override with <c>Pipeline.Readiness.Docker.DockerImageSource</c> to read from an engine's API instead.</summary>
    IImageSource ImageSource => ImageScanSettings switch
    {
        { Archive: { } archive } => new ArchiveImageSource(archive),
        { Image: { } image } => new DockerCliImageSource(image), // the engine: DOCKER_HOST of the build's environment
        _ => new MissingImageSource(),
    };

    /// <summary>Builds the image with <c>docker build</c> (engine from <c>DOCKER_HOST</c>).</summary>
    Target BuildImage => _ => _
        .Description("Builds the service image from the root's Dockerfile: --image-name <name:tag>")
        .Requires(() => ImageName)
        .Before(ScanImage)
        .Executes(token => Processes.RunAsync(new ProcessSpec("docker", ["build", "--tag", ImageName!, "--file", ImageScanSettings.Dockerfile, "."])
        { WorkingDirectory = RootDirectory }, token));

    /// <summary>The container image and Dockerfile checks.</summary>
    Target ScanImage => _ => _.Description("Scans the container image and its Dockerfile").Executes(token => EvaluateItemsAsync("ScanImage", token));

    /// <summary>Registers the image and Dockerfile checks.</summary>
    [ReadinessChecks(order: 3)]
    void AddImageChecks(ReadinessSetup setup) => setup.AddImageChecks(ImageScanSettings, ImageSource);
}

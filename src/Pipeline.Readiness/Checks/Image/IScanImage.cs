namespace Pipeline.Readiness.Checks.Image;

/// <summary>The container image (OS packages against OSV, root user, secrets in layers, ports, size) and its
/// Dockerfile; <c>BuildImage</c> builds the image from the root's Dockerfile before <c>ScanImage</c> runs.</summary>
[ReadinessModule<ImageModule>]
public interface IScanImage : IReadinessComponent
{
    /// <summary>The image to build and scan (<c>--image-name</c>), e.g. <c>orders-api:1.4.2</c>; given, it wins over
    /// <see cref="ImageScanOptions.Image"/>.</summary>
    [Parameter("Image that BuildImage builds and ScanImage scans, e.g. orders-api:1.4.2")]
    string? ImageName => this.ParameterValue<string>(nameof(ImageName));

    /// <summary>Override to set the image, an archive, the expected ports, the size budget or an OSV folder;
    /// <c>--image-name</c>, when given, still names the image.</summary>
    ImageScanOptions ImageScanSettings => new();

    /// <summary>Where the image comes from: the settings' archive, else the named image through the docker CLI.
    /// Override with <c>Pipeline.Readiness.Docker.DockerImageSource</c> to read from an engine's API instead.</summary>
    IImageSource ImageSource => ImageScan switch
    {
        { Archive: { } archive } => new ArchiveImageSource(archive),
        { Image: { } image } => new DockerCliImageSource(image), // the engine: DOCKER_HOST of the build's environment
        _ => new MissingImageSource(),
    };

    /// <summary>The image this run builds and scans: <c>--image-name</c> if given, else the settings' image.</summary>
    string? ImageToScan => ImageScan.Image;

    /// <summary>The settings with the command line's image applied.</summary>
    internal ImageScanOptions ImageScan
    {
        get
        {
            var settings = ImageScanSettings;
            return settings with { Image = ImageName ?? settings.Image };
        }
    }

    /// <summary>Builds the image with <c>docker build</c> (engine from <c>DOCKER_HOST</c>).</summary>
    Target BuildImage => _ => _
        .Description("Builds the service image from the root's Dockerfile: --image-name <name:tag>")
        .Requires(() => ImageToScan, nameof(ImageName)) // the settings may name it instead
        .Before(ScanImage)
        .Before<IReadinessGate>(x => x.Readiness) // `BuildImage Readiness` scans the image it just built
        .Executes(token => Processes.RunAsync(new ProcessSpec("docker", ["build", "--tag", ImageToScan!, "--file", ImageScan.Dockerfile,
            .. ImageScan.BuildArguments.OrderBy(a => a.Key, StringComparer.Ordinal).SelectMany(a => new[] { "--build-arg", $"{a.Key}={a.Value}" }), "."])
        { WorkingDirectory = RootDirectory }, token));

    /// <summary>The container image and Dockerfile checks.</summary>
    Target ScanImage => _ => _.Description("Scans the container image and its Dockerfile").Executes(token => ReadinessState.Of(this).EvaluateModuleAsync<ImageModule>(token));
}

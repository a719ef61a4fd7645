using Pipeline;
using Pipeline.Readiness;
using Pipeline.Readiness.Checks.Code;
using Pipeline.Readiness.Checks.Secrets;
using Pipeline.Readiness.Checks.Services;
using Pipeline.Readiness.Components;

/// <summary>This repository's build: compile and pack the Pipeline libraries; <c>Lint</c>, <c>Test</c>, <c>Coverage</c>
/// and <c>Release</c> come from the readiness gate component (<c>./build.sh Release</c>).</summary>
[GitHubActions("release", FanOut = true, InvokedTargets = ["Release"], ImportSecrets = ["PublishApiKey"], ImportVariables = ["PublishSource"], ArtifactPaths = ["artifacts/readiness"],
    SetupCommands = ["sudo apt-get update && sudo apt-get install -y docker.io busybox-static postgresql alembic python3-sqlalchemy python3-psycopg2"])]
internal sealed class Build : PipelineBuild, IReadinessGate
{
    public static int Main() => Execute<Build>(x => x.Compile);

    [Parameter("Configuration to build (default: Debug locally, Release on a CI server)")]
    private readonly Configuration? Configuration;

    private Configuration Chosen => Configuration ?? (IsServerBuild ? global::Configuration.Release : global::Configuration.Debug);

    private string Solution => Path.Combine(RootDirectory, "Pipeline.sln");

    private string Artifacts => Path.Combine(RootDirectory, "artifacts");

    private Target Clean => _ => _
        .Description("Deletes artifacts/")
        .Before(Restore)
        .Executes(() =>
        {
            if (Directory.Exists(Artifacts))
            {
                Directory.Delete(Artifacts, recursive: true);
            }
        });

    private Target Restore => _ => _
        .Description("Restores NuGet packages")
        .Executes(() => DotNet("restore", Solution));

    private Target Compile => _ => _
        .Description("Builds the solution with warnings as errors")
        .DependsOn(Restore)
        .Executes(() => DotNet("build", Solution, "--no-restore", "--configuration", Chosen.ToString()));

    private Target Pack => _ => _
        .Description("Packs the libraries into artifacts/packages")
        .DependsOn(Compile)
        .Executes(() => DotNet("pack", Solution, "--no-build", "--configuration", Chosen.ToString(),
            "--output", Path.Combine(Artifacts, "packages")));

    [Parameter("Build and scan the reference services' real images in their gates, on Debian 12 bases made here (samples/base-images: debootstrap, python3, a Docker engine at DOCKER_HOST)")]
    private readonly bool ReferenceImages;

    private string ReferenceOsv => Path.Combine(Artifacts, "reference-images", "osv");

    private Target ReferenceBaseImages => _ => _
        .Description("Makes the reference services' Debian 12 base images and OSV records of Debian's security archive (--reference-images)")
        .OnlyWhenStatic(() => ReferenceImages)
        .DependentFor<IReadinessGate>(x => x.Readiness, x => x.Services, x => x.Evidence)
        .Executes(async token =>
        {
            var scripts = Path.Combine(RootDirectory, "samples", "base-images");
            foreach (var list in ReferenceBases.Values)
            {
                var built = await Processes.RunAsync(new ProcessSpec("bash", [Path.Combine(scripts, "build-base.sh"), list]) { WorkingDirectory = scripts }, token);
                var tarball = built.StandardOutput.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)[^1]; // the script prints its path last
                if ((await Processes.RunAsync(new ProcessSpec("docker", ["image", "inspect", BaseImage(list)]) { CheckExitCode = false, LogOutput = false }, token)).ExitCode != 0)
                {
                    await Processes.RunAsync(new ProcessSpec("docker", ["import", tarball, BaseImage(list)]), token);
                }
            }

            await Processes.RunAsync(new ProcessSpec("python3", [Path.Combine(scripts, "debian-security-osv.py"), ReferenceOsv]) { WorkingDirectory = scripts }, token);
        });

    /// <summary>Each reference service's base list in samples/base-images.</summary>
    private static Dictionary<string, string> ReferenceBases => new() { ["samples/orders-api"] = "dotnet-deps", ["samples/fastapi-service"] = "python-fastapi" };

    private static string BaseImage(string list) => $"pipeline-base/{list}:bookworm";

    /// <summary>A reference service's gate: with --reference-images it builds the image on its local base first, so
    /// that its gate scans it; without, its image item says which engine or image is missing.</summary>
    private ServiceGateOptions ReferenceGate(string folder) => ReferenceImages
        ? new()
        {
            Targets = ["BuildImage"],
            Parameters = new Dictionary<string, string> { ["base-image"] = BaseImage(ReferenceBases[folder]), ["image-osv"] = ReferenceOsv },
        }
        : new();

    private bool IsThisRepository => File.Exists(Solution); // --root may point at another repository

    public void ConfigureReadiness(ReadinessSetup setup)
    {
        if (IsThisRepository)
        {
            setup.ProjectName = "Pipeline";
            LibraryScope.Apply(setup);
            setup.Check(Items.Operations.ApiDocumentation, new ApiDocumentationCheck());
            setup.AddServiceGate("samples/orders-api", ReferenceGate("samples/orders-api")); // the reference service: the whole checklist, on a service
            setup.AddServiceGate("samples/fastapi-service", ReferenceGate("samples/fastapi-service")); // the seed's own stack: FastAPI, SQLAlchemy, Alembic
            setup.TestPartitions = 3; // the release workflow runs the suite (~15 minutes on 2 cores) as three jobs, dealt by test class
        }
    }

    public DotNetCodeOptions DotNetCodeSettings => IsThisRepository
        ? new()
        {
            Target = "Pipeline.sln",
            SecuritySuites = new Dictionary<string, int>(), // no SQL, HTML or auth surface: those items are disabled
            MinimumLineCoverage = 80,
            TestTimeout = TimeSpan.FromMinutes(40), // the whole suite runs real tools and services: ~15 minutes on 2 cores
        }
        : new();

    public SecretScanOptions SecretScanSettings => IsThisRepository
        ? new()
        {
            // The labelled corpus holds deliberately real-shaped fake credentials for the scanner's own tests.
            ExcludePaths = ["tests/Pipeline.Readiness.Tests/SecretCorpus/**"],
        }
        : new();

    private Task DotNet(params string[] arguments) =>
        Processes.RunAsync(new ProcessSpec("dotnet", arguments) { WorkingDirectory = RootDirectory });
}

using Pipeline;
using Pipeline.Readiness;
using Pipeline.Readiness.Checks.Configuration;
using Pipeline.Readiness.Checks.Image;
using Pipeline.Readiness.Checks.Migrations;
using Pipeline.Readiness.Checks.Python;
using Pipeline.Readiness.Checks.Runtime;
using Pipeline.Readiness.Components;
using Pipeline.Readiness.PostgreSql;

/// <summary>fastapi-service's build: the whole readiness gate over a FastAPI / SQLAlchemy / Alembic service, its
/// container image and its database. <c>./build.sh Readiness</c> writes the report; <c>./build.sh Gate</c> refuses
/// when anything blocks. The Python tools are Debian 12's (<c>/usr/bin/python3</c> and its packages).</summary>
internal sealed class Build : PipelineBuild, IReadinessGate, IScanImage, ICheckDatabase
{
    public static int Main() => Execute<Build>(x => ((IReadinessGate)x).Readiness);

    /// <summary>The interpreter with the service's dependencies (Debian's packages).</summary>
    private const string Python = "/usr/bin/python3";

    [Parameter("PostgreSQL server (Npgsql connection string of a user allowed to CREATE DATABASE) that the migration check applies every revision to, in a fresh database it drops afterwards; default: a throwaway local one"), Secret]
    private readonly string? MigrationServer;

    [Parameter("Base image of the service image (the Dockerfile's BASE_IMAGE), e.g. a Debian 12 base made with samples/base-images; default: the Dockerfile's")]
    private readonly string? BaseImage;

    [Parameter("Folder of OSV records (osv.dev's Debian export, or what samples/base-images/debian-security-osv.py writes) the image's OS packages are matched against")]
    private readonly string? ImageOsv;

    /// <summary>Well-formed stand-ins for the values the deployment keeps in Secrets (the gate never reads those).</summary>
    private static Dictionary<string, string> SecretStandIns => new() { ["DATABASE_URL"] = "postgresql://fastapi@db.invalid:5432/orders" };

    public void ConfigureReadiness(ReadinessSetup setup)
    {
        setup.ProjectName = "fastapi-service";

        // The credentials live in Kubernetes Secrets, which the gate cannot read (there is no vault to ask for their
        // age), and the pool metrics appear only once a live database is used: people attest these.
        setup.Override(Items.Security.DatabaseCredentialsRotated with { Binding = ItemBinding.Attestation(SignOffRole.Security, 90) })
            .Override(Items.Security.ApiKeysRotated with { Binding = ItemBinding.Attestation(SignOffRole.Security, 90) })
            .Override(Items.Database.PoolMetrics with { Binding = ItemBinding.Attestation(SignOffRole.Operations, 180) });
    }

    public PythonCodeOptions PythonCodeSettings => new() { ExpectedTestTotal = 76 };

    public ConfigurationOptions ConfigurationSettings => new()
    {
        ValidationCommand = [Python, "-m", "app", "--validate-config"], // the seed's settings.validate(): settings.validate_config()
        ValidationStandIns = SecretStandIns,
    };

    public RuntimeProbeOptions? RuntimeProbeSettings => new()
    {
        Command = [Python, "-m", "app", "--port", "{port}"],
        ProtectedPaths = ["/api/orders"],
        RateLimitPath = "/api/orders",
        RateLimitRequests = 700,
        Load = new LoadTestOptions { Requests = 500, Concurrency = 8, MinimumThroughput = 50, MaximumP95 = TimeSpan.FromMilliseconds(500) },
        OpenApi = new OpenApiDocumentOptions { Document = "docs/openapi.json", Environment = new Dictionary<string, string> { ["EXPOSE_DOCS"] = "true" } },
    };

    public AlembicOptions? AlembicSettings => new()
    {
        Executable = "/usr/bin/alembic",
        PostgreSql = true, // production runs PostgreSQL: every revision is applied to a throwaway PostgreSQL database
        FreshDatabase = MigrationServer is { } server ? new PostgreSqlFreshDatabase(server) : PostgreSqlFreshDatabase.Local,
    };

    /// <summary>A service ships its image, not packages: pushed only after the gate let the release through.</summary>
    public Task PublishAsync(CancellationToken cancellation) =>
        Processes.RunAsync(new ProcessSpec("docker", ["push", ((IScanImage)this).ImageToScan!]) { WorkingDirectory = RootDirectory }, cancellation);

    /// <summary>The image to scan unless <c>--image-name</c> names another.</summary>
    public ImageScanOptions ImageScanSettings => new()
    {
        Image = "fastapi-service:readiness",
        ExpectedPorts = ["8080/tcp"],
        BuildArguments = BaseImage is { } image ? new Dictionary<string, string> { ["BASE_IMAGE"] = image } : new Dictionary<string, string>(),
        OsvDirectory = ImageOsv, // none: the OS packages are listed but unmatched, and the item stays an Error
    };
}

using Pipeline;
using Pipeline.Readiness;
using Pipeline.Readiness.Checks.Code;
using Pipeline.Readiness.Checks.Configuration;
using Pipeline.Readiness.Checks.Image;
using Pipeline.Readiness.Checks.Migrations;
using Pipeline.Readiness.Checks.Runtime;
using Pipeline.Readiness.Components;
using Pipeline.Readiness.PostgreSql;

/// <summary>orders-api's build: the whole readiness gate over the service, its container image and its database.
/// <c>./build.sh Readiness</c> writes the report; <c>./build.sh Gate</c> refuses when anything blocks.</summary>
internal sealed class Build : PipelineBuild, IReadinessGate, IScanImage, ICheckDatabase
{
    public static int Main() => Execute<Build>(x => ((IReadinessGate)x).Readiness);

    [Parameter("PostgreSQL server (Npgsql connection string of a user allowed to CREATE DATABASE) that the migration check applies every migration to, in a fresh database it drops afterwards; default: a throwaway local one"), Secret]
    private readonly string? MigrationServer;

    /// <summary>The service as the validation command and the runtime probes start it.</summary>
    private const string Service = "artifacts/service/OrdersApi.dll";

    [Parameter("Base image of the service image (the Dockerfile's BASE_IMAGE), e.g. a Debian 12 base made with samples/base-images; default: the Dockerfile's")]
    private readonly string? BaseImage;

    [Parameter("Folder of OSV records (osv.dev's Debian export, or what samples/base-images/debian-security-osv.py writes) the image's OS packages are matched against")]
    private readonly string? ImageOsv;

    /// <summary>Well-formed stand-ins for the values the deployment keeps in Secrets (the gate never reads those).</summary>
    private static Dictionary<string, string> SecretStandIns => new() { ["DATABASE_URL"] = "postgresql://orders@db.invalid:5432/orders" };

    /// <summary>What the service's build reads: its project and the repository-wide MSBuild files (the tests are not part of it).</summary>
    private static readonly string[] ServiceSources = ["src/OrdersApi", "Directory.Build.props", "Directory.Packages.props"];

    private Target CompileService => _ => _
        .Description("Builds the service into artifacts/service for the startup validation and the runtime probes")
        .DependentFor<IReadinessGate>(x => x.Readiness)
        .DependentFor<ICheckConfiguration>(x => x.CheckConfiguration)
        .DependentFor<IProbeRuntime>(x => x.ProbeRuntime)
        .SkipWhenUnchanged(ServiceSources, ["artifacts/service"])
        .Executes(token => Processes.RunAsync(new ProcessSpec("dotnet", ["build", "src/OrdersApi/OrdersApi.csproj", "-c", "Release", "-o", "artifacts/service", "-nologo", "-v", "q"])
        { WorkingDirectory = RootDirectory }, token));

    private Target PublishService => _ => _
        .Description("Publishes the service self-contained for linux-x64 into artifacts/publish, which the Dockerfile copies")
        .DependentFor<IScanImage>(x => x.BuildImage)
        .SkipWhenUnchanged(ServiceSources, ["artifacts/publish"])
        .Executes(token => Processes.RunAsync(new ProcessSpec("dotnet", ["publish", "src/OrdersApi/OrdersApi.csproj", "-c", "Release", "-r", "linux-x64", "--self-contained", "-o", "artifacts/publish", "-nologo", "-v", "q"])
        { WorkingDirectory = RootDirectory }, token));

    public void ConfigureReadiness(ReadinessSetup setup)
    {
        setup.ProjectName = "orders-api";

        // The credentials live in Kubernetes Secrets, which the gate cannot read (there is no vault to ask for their
        // age), and the pool metrics appear only once a live database is used: people attest these.
        setup.Override(Items.Security.DatabaseCredentialsRotated with { Binding = ItemBinding.Attestation(SignOffRole.Security, 90) })
            .Override(Items.Security.ApiKeysRotated with { Binding = ItemBinding.Attestation(SignOffRole.Security, 90) })
            .Override(Items.Database.PoolMetrics with { Binding = ItemBinding.Attestation(SignOffRole.Operations, 180) });
    }

    public DotNetCodeOptions DotNetCodeSettings => new()
    {
        Target = "OrdersApi.slnx",
        // Generated code: the OpenAPI package's XML-comment support and dotnet-ef's migrations and snapshots.
        CoverageExcludeFiles = ["**/OpenApiXmlCommentSupport.generated.cs", "**/Migrations/**"],
    };

    public ConfigurationOptions ConfigurationSettings => new()
    {
        Keys = new Dictionary<string, string> { ["SQLALCHEMY_ECHO"] = "SQL_ECHO" },
        ValidationCommand = ["dotnet", Service, "--validate-config"],
        ValidationStandIns = SecretStandIns,
    };

    public RuntimeProbeOptions? RuntimeProbeSettings => new()
    {
        Command = ["dotnet", Service, "--urls", "http://127.0.0.1:{port}"],
        ProtectedPaths = ["/api/orders"],
        RateLimitPath = "/api/orders",
        RateLimitRequests = 700,
        Load = new LoadTestOptions { Requests = 500, Concurrency = 8, MinimumThroughput = 50, MaximumP95 = TimeSpan.FromMilliseconds(500) },
        OpenApi = new OpenApiDocumentOptions { Document = "docs/openapi.json", Environment = new Dictionary<string, string> { ["EXPOSE_DOCS"] = "true" } },
    };

    public EfCoreMigrationOptions? EfCoreMigrationSettings => new()
    {
        Project = "src/OrdersApi/OrdersApi.csproj",
        Context = "PostgreSqlOrdersDbContext", // production's migrations; the SQLite ones are applied by the service's tests
        PostgreSql = true,
        FreshDatabase = MigrationServer is { } server ? new PostgreSqlFreshDatabase(server) : PostgreSqlFreshDatabase.Local, // else a throwaway one
    };

    /// <summary>A service ships its image, not packages: pushed only after the gate let the release through.</summary>
    public Task PublishAsync(CancellationToken cancellation) =>
        Processes.RunAsync(new ProcessSpec("docker", ["push", ((IScanImage)this).ImageToScan!]) { WorkingDirectory = RootDirectory }, cancellation);

    /// <summary>The image to scan unless <c>--image-name</c> names another.</summary>
    public ImageScanOptions ImageScanSettings => new()
    {
        Image = "orders-api:readiness",
        ExpectedPorts = ["8080/tcp"],
        BuildArguments = BaseImage is { } image ? new Dictionary<string, string> { ["BASE_IMAGE"] = image } : new Dictionary<string, string>(),
        OsvDirectory = ImageOsv, // none: the OS packages are listed but unmatched, and the item stays an Error
    };
}

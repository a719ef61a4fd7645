using System.Security.Cryptography;
using Pipeline.Tests.Process;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Reference;

/// <summary>The reference service (<c>samples/orders-api</c>) built once for the test run, and a production
/// configuration for it (an RSA key pair made here; the public half configured).</summary>
public sealed class OrdersApiBuild : IAsyncLifetime
{
    private readonly string _output = Directory.CreateTempSubdirectory("pipeline-orders-api-").FullName;

    public string Assembly => Path.Combine(_output, "OrdersApi.dll");

    public string PublicKeyPem { get; } = CreatePublicKey();

    public async Task InitializeAsync()
    {
        var (exit, output) = await ScriptRunner.Run(RepositoryRoot.Path, "dotnet",
            ["build", "samples/orders-api/src/OrdersApi/OrdersApi.csproj", "-c", "Release", "-o", _output, "-nologo", "-v", "q"]);
        Assert.True(exit == 0, output);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_output, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>What a production deployment sets.</summary>
    public Dictionary<string, string> Production() => new()
    {
        ["ENVIRONMENT"] = "production",
        ["LOG_LEVEL"] = "info",
        ["LOG_FORMAT"] = "json",
        ["AUTH_PROVIDER_TYPE"] = "oidc",
        ["JWT_ALGORITHM"] = "RS256",
        ["JWT_PUBLIC_KEY"] = PublicKeyPem.ReplaceLineEndings("\\n"),
        ["AUTH_PROVIDER_ISSUER"] = "https://login.example.com/orders",
        ["MULTI_TENANT"] = "true",
        ["ENFORCE_TENANT_ISOLATION"] = "true",
        ["CORS_ALLOWED_ORIGINS"] = "https://orders.example.com",
        ["RATE_LIMIT_PER_MINUTE"] = "30",
        ["EXPOSE_DOCS"] = "false",
        ["DATABASE_URL"] = "postgresql://db.orders.svc.cluster.local:5432/orders",
        ["SQLALCHEMY_ECHO"] = "false",
        ["STORAGE_PROVIDER"] = "aws_s3",
        ["AWS_ROLE_ARN"] = "arn:aws:iam::123456789012:role/orders",
        ["AWS_S3_BUCKET"] = "orders-uploads",
        ["MAX_FILE_SIZE_BYTES"] = "10485760",
    };

    private static string CreatePublicKey()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportSubjectPublicKeyInfoPem();
    }
}

/// <summary>The tests that share one build of the reference service (two builds of one project at once would race).</summary>
[CollectionDefinition(Name)]
public sealed class OrdersApiCollection : ICollectionFixture<OrdersApiBuild>
{
    public const string Name = "orders-api";
}

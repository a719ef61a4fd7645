using System.Security.Cryptography;

namespace Pipeline.Readiness.Tests.Checks.Configuration;

/// <summary>A deployment's configuration as Kubernetes manifests in a temporary root: a ConfigMap (every value on its
/// own line, so findings point at it), a Deployment taking it with <c>envFrom</c>, and DATABASE_URL from a Secret.
/// Starts with values that satisfy every rule; tests change one.</summary>
internal sealed class ProductionConfiguration : IDisposable
{
    public ProductionConfiguration()
    {
        using var rsa = RSA.Create(2048);
        Values = new Dictionary<string, string>
        {
            ["AUTH_PROVIDER_TYPE"] = "oidc",
            ["JWT_ALGORITHM"] = "RS256",
            ["JWT_PUBLIC_KEY"] = rsa.ExportSubjectPublicKeyInfoPem(),
            ["AUTH_PROVIDER_ISSUER"] = "https://login.example.com/orders",
            ["MULTI_TENANT"] = "true",
            ["ENFORCE_TENANT_ISOLATION"] = "true",
            ["CORS_ALLOWED_ORIGINS"] = "https://orders.example.com,https://admin.example.com",
            ["ENVIRONMENT"] = "production",
            ["LOG_LEVEL"] = "info",
            ["SQLALCHEMY_ECHO"] = "false",
            ["STORAGE_PROVIDER"] = "aws_s3",
            ["AWS_ROLE_ARN"] = "arn:aws:iam::123456789012:role/orders",
            ["AWS_S3_BUCKET"] = "orders-uploads",
            ["MAX_FILE_SIZE_BYTES"] = "10485760",
            ["PAYMENTS_URL"] = "https://payments.example.com",
            ["INVENTORY_URL"] = "http://inventory.shop.svc.cluster.local",
        };
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("pipeline-config-").FullName;

    public Dictionary<string, string> Values { get; }

    /// <summary>Writes k8s/config.yaml and k8s/deployment.yaml; returns the line of each ConfigMap key.</summary>
    public Dictionary<string, int> Write()
    {
        var lines = new List<string> { "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: orders-config", "data:" };
        var lineOf = new Dictionary<string, int>();
        foreach (var (key, value) in Values)
        {
            lineOf[key] = lines.Sum(l => l.Split('\n').Length) + 1;
            lines.Add(value.Contains('\n', StringComparison.Ordinal)
                ? $"  {key}: |\n" + string.Join("\n", value.TrimEnd('\n').Split('\n').Select(l => "    " + l))
                : $"  {key}: \"{value}\"");
        }

        Directory.CreateDirectory(Path.Combine(Root, "k8s"));
        File.WriteAllText(Path.Combine(Root, "k8s", "config.yaml"), string.Join("\n", lines) + "\n");
        Directory.CreateDirectory(Path.Combine(Root, "app"));
        File.WriteAllText(Path.Combine(Root, "app", "settings.py"), // the service reads every seed key, as the template's settings do
            string.Join("\n", ConfigurationKeys.Seed.Select(k => $"{k.ToLowerInvariant()} = os.environ.get(\"{k}\")")) + "\n");
        File.WriteAllText(Path.Combine(Root, "k8s", "deployment.yaml"), """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: orders-api
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: orders-api:1.4.2
                      envFrom:
                        - configMapRef:
                            name: orders-config
                      env:
                        - name: DATABASE_URL
                          valueFrom:
                            secretKeyRef:
                              name: orders-db
                              key: url
            """);
        return lineOf;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

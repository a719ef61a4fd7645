using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks.Operations;

/// <summary>Which workloads are the service's own, judged by the workload rules, and which are its dependencies (a
/// development PostgreSQL, Redis, an auth proxy), listed apart: the names in <see cref="OperationsOptions.Workloads"/>
/// when set; otherwise those running an image built from this repository (DevSpace's <c>images</c>, or an image named
/// after the repository); otherwise every workload whose image is not a well-known dependency.</summary>
internal static partial class ServiceWorkloads
{
    /// <summary>Splits <paramref name="workloads"/> into the service's and its dependencies.</summary>
    public static (List<KubernetesObject> Service, List<KubernetesObject> Dependencies) Split(
        IReadOnlyList<KubernetesObject> workloads, IReadOnlyList<string> builtImages, string root, OperationsOptions options)
    {
        if (options.Workloads.Count > 0)
        {
            return ([.. workloads.Where(w => options.Workloads.Contains(w.Name, StringComparer.Ordinal))],
                [.. workloads.Where(w => !options.Workloads.Contains(w.Name, StringComparer.Ordinal))]);
        }

        var repository = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root))).ToLowerInvariant();
        var built = workloads.Where(w => Images(w).Any(image => builtImages.Any(b => image.Contains(b, StringComparison.Ordinal))
            || ImageName(image).Equals(repository, StringComparison.OrdinalIgnoreCase))).ToList();
        var service = built.Count > 0 ? built : [.. workloads.Where(w => !IsDependency(w))];
        return (service, [.. workloads.Except(service)]);
    }

    private static IEnumerable<string> Images(KubernetesObject workload) =>
        workload.Containers.Select(c => (KubernetesObject.At(c, "image") as YamlScalarNode)?.Value).OfType<string>();

    private static string ImageName(string image) => image.Split('/')[^1].Split(':')[0].Split('@')[0];

    private static bool IsDependency(KubernetesObject workload) =>
        Dependency().IsMatch(workload.Name) || Images(workload).Any(i => Dependency().IsMatch(ImageName(i)));

    [GeneratedRegex(@"^(postgres(ql)?|pg|mysql|mariadb|mongo(db)?|redis|valkey|memcached|rabbitmq|kafka|zookeeper|nats|elasticsearch|opensearch|minio|etcd|consul|vault|keycloak|kratos|oathkeeper|hydra|traefik|nginx|envoy|jaeger|prometheus|grafana|loki|mailhog|mailpit|localstack|azurite)([-_.].*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Dependency();
}

using Pipeline.Readiness.Checks.Operations.Rules;

namespace Pipeline.Readiness.Checks.Operations;

/// <summary>Checks the service's workloads (Deployment, StatefulSet, Argo Rollout) of the manifests and of
/// <c>devspace.yaml</c> against one <see cref="WorkloadRule"/> (<see cref="ServiceWorkloads"/> tells them from the
/// dependencies, which are listed apart); findings name workload, container and file(line). No workload of the
/// service fails.</summary>
internal sealed class KubernetesWorkloadCheck(OperationsOptions options, WorkloadRule rule, KubernetesManifestReads? reads = null) : ReadinessCheck<OperationsOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    private readonly KubernetesManifestReads _reads = reads ?? new KubernetesManifestReads(options.Manifests);

    /// <inheritdoc />
    public override string Name => $"kubernetes-{rule.Name}";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var (rendered, builtImages) = DevSpaceDeployments.Read(context.Root);
        var objects = (await _reads.ReadAsync(context).ConfigureAwait(false)).Concat(rendered).ToList();
        var (workloads, dependencies) = ServiceWorkloads.Split([.. objects.Where(o => o.IsWorkload && o.Kind != "DaemonSet")], builtImages, context.Root, Options);
        var apart = dependencies.Count == 0 ? "" : $" (dependencies, not judged: {string.Join(", ", dependencies.Select(Describe))})";
        if (workloads.Count == 0 && ComposeFiles(context.Root) is { Count: > 0 } compose)
        {
            var healthcheck = compose.FirstOrDefault(f => File.ReadAllText(Path.Combine(context.Root, f)).Contains("healthcheck:", StringComparison.Ordinal));
            if (rule.Name == "readiness" && healthcheck is not null)
            {
                return CheckResult.Error($"Docker Compose deploys the service ({string.Join(", ", compose)}) with a healthcheck in {healthcheck}: whether traffic waits for it is the proxy's configuration, which the gate does not read; attest it or deploy with a readiness probe");
            }

            var why = rule.Name switch
            {
                "liveness" => "a Compose healthcheck restarts nothing (restart: policies act only when the process exits)",
                "readiness" => "no healthcheck holds traffic back",
                _ => "docker compose up replaces the container in place: no rolling update, canary or blue-green",
            };
            var message = $"Docker Compose deploys the service ({string.Join(", ", compose)}): {why}";
            return CheckResult.Failed(compose.Count, message, Finding.Create($"kubernetes.{Name}", FindingSeverity.Error, compose[0], null, message, "compose"));
        }

        if (workloads.Count == 0)
        {
            var none = $"no Deployment, StatefulSet or Rollout of the service in {string.Join(", ", Options.Manifests)} or {DevSpaceDeployments.File}{apart}";
            return CheckResult.Failed(0, none, Finding.Create($"kubernetes.{Name}", FindingSeverity.Error, null, null, none, "none"));
        }

        var problems = workloads.SelectMany(w => rule.Problems(w, objects, Options).Select(p => (Workload: w, Problem: p))).ToList();
        var findings = problems.Select(p => Finding.Create($"kubernetes.{rule.Name}", FindingSeverity.Error, p.Workload.File, p.Workload.Line,
            $"{Describe(p.Workload)}: {p.Problem}", $"{p.Workload.Name}|{p.Problem}")).ToList();
        var advice = workloads.SelectMany(w => rule.Advice(w, objects, Options).Select(a => Finding.Create($"kubernetes.{rule.Name}.advice", FindingSeverity.Warning,
            w.File, w.Line, $"{Describe(w)}: {a}", $"{w.Name}|{a}"))).ToList();
        return findings.Count == 0
            ? CheckResult.Passed(workloads.Count, $"{workloads.Count} workload(s) of the service meet the rule: {string.Join(", ", workloads.Select(Describe))}{apart}") with { Findings = advice }
            : CheckResult.Failed(workloads.Count, string.Join("; ", findings.Select(f => f.Message)) + apart, [.. findings, .. advice]);
    }

    /// <summary>The Docker Compose files at the root (the service's deployment when it has no manifests).</summary>
    private static List<string> ComposeFiles(string root) =>
        [.. new[] { "compose.yml", "compose.yaml", "docker-compose.yml", "docker-compose.yaml", "compose.deploy.yml", "compose.prod.yml", "docker-compose.prod.yml" }
            .Where(f => File.Exists(Path.Combine(root, f)))];

    private static string Describe(KubernetesObject workload)
    {
        var containers = workload.Containers.Select(c => (c.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode("name"), out var name) ? name.ToString() : "?")).ToList();
        var what = containers.Count == 0 ? "" : $" (container{(containers.Count == 1 ? "" : "s")} {string.Join(", ", containers)})";
        return $"{workload.Kind} {workload.Name}{what} at {workload.File}({workload.Line}){(workload.Origin is { } origin ? ", " + origin : "")}";
    }
}

namespace Pipeline.Readiness.Tests.Checks.Operations;

public sealed class KubernetesManifestReadsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-manifests-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private CheckContext In(Observations evaluation) =>
        new(Items.Operations.LivenessProbe, _root, "0123456", new ProcessRunner(), TimeProvider.System, CancellationToken.None) { Observations = evaluation };

    [Fact]
    public async Task Every_check_reading_the_same_manifests_in_one_evaluation_sees_one_read_and_the_next_evaluation_reads_again()
    {
        Directory.CreateDirectory(Path.Combine(_root, "k8s"));
        File.WriteAllText(Path.Combine(_root, "k8s", "app.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n");
        await using var evaluation = new Observations(null, CancellationToken.None);

        var first = await new KubernetesManifestReads(["k8s/*.yaml"]).ReadAsync(In(evaluation)); // e.g. the workload rules
        File.WriteAllText(Path.Combine(_root, "k8s", "app.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: changed\n");
        var second = await new KubernetesManifestReads(["k8s/*.yaml"]).ReadAsync(In(evaluation)); // e.g. the scrape configuration
        await using var next = new Observations(null, CancellationToken.None);
        var again = await new KubernetesManifestReads(["k8s/*.yaml"]).ReadAsync(In(next));

        Assert.Same(first, second);
        Assert.Equal("Deployment", Assert.Single(second).Kind);
        Assert.Equal("ConfigMap", Assert.Single(again).Kind);
    }
}

namespace Pipeline.Readiness.Tests.Operations;

public sealed class KubernetesManifestReadsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-manifests-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_checks_sharing_it_see_one_read_per_root()
    {
        Directory.CreateDirectory(Path.Combine(_root, "k8s"));
        File.WriteAllText(Path.Combine(_root, "k8s", "app.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n");
        var reads = new KubernetesManifestReads(["k8s/*.yaml"]);

        var first = reads.Read(_root);
        File.WriteAllText(Path.Combine(_root, "k8s", "app.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: changed\n");
        var second = reads.Read(_root);

        Assert.Same(first, second);
        Assert.Equal("Deployment", Assert.Single(second).Kind);
    }
}

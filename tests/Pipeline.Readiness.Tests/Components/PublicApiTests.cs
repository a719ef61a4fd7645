using System.Reflection;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Components;

/// <summary>The gate's public surface stays small and every public type is in its package's locked API file (the
/// analyzer fails the build on any member that is not; this keeps the type budget visible).</summary>
public sealed class PublicApiTests
{
    private static readonly Assembly[] Gate =
    [
        typeof(ReadinessSetup).Assembly, typeof(Readiness.PostgreSql.ICheckDatabase).Assembly,
        typeof(Readiness.KeyVault.ICheckVault).Assembly, typeof(Readiness.Docker.DockerImageSource).Assembly,
    ];

    [Fact]
    public void The_gate_and_its_area_packages_expose_at_most_64_public_types_each_listed_in_its_api_file()
    {
        var types = Gate.SelectMany(a => a.GetExportedTypes().Select(t => (Assembly: a.GetName().Name!, Type: t))).ToList();

        Assert.InRange(types.Count, 1, 64); // 64: ServiceGateOptions (issue 20), the options of a service gate a user writes
        foreach (var (assembly, type) in types)
        {
            var listed = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "src", assembly, "PublicAPI.Unshipped.txt"))
                .Concat(File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "src", assembly, "PublicAPI.Shipped.txt")));
            Assert.Contains(type.FullName!.Replace('+', '.'), listed);
        }
    }

    [Fact]
    public void What_a_user_configures_is_public_and_the_machinery_is_not()
    {
        var exported = Gate.SelectMany(a => a.GetExportedTypes()).Select(t => t.Name).ToHashSet();

        Assert.Contains("IReadinessGate", exported);
        Assert.Contains("ImageScanOptions", exported);
        Assert.Contains("ReadinessCheck", exported);
        Assert.DoesNotContain("ReadinessModule", exported);
        Assert.DoesNotContain("SecretScanner", exported);
        Assert.DoesNotContain("DotNetTestRun", exported);
        Assert.DoesNotContain("ReadinessVerdict", exported);
    }
}

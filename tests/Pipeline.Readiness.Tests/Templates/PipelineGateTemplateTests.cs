using System.Text.Json;
using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Process;

namespace Pipeline.Readiness.Tests.Templates;

/// <summary>The real template package: Pipeline, Pipeline.Readiness and Pipeline.Templates packed into a folder feed,
/// the template installed into a private template hive, instantiated into a fresh repository holding a small
/// solution, and <c>./build.sh Readiness</c> run there.</summary>
[Collection(PackageFeed.Collection)]
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class PipelineGateTemplateTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("pipeline-template-").FullName;
    private readonly DotNetSampleRepository _repository = new();

    public void Dispose()
    {
        Directory.Delete(_work, recursive: true);
        _repository.Dispose();
    }

    [Fact]
    public async Task The_template_adds_a_working_gate_to_an_existing_repository()
    {
        var (feed, version) = await PackageFeed.PackAsync(_work,
            "src/Pipeline/Pipeline.csproj", "src/Pipeline.Readiness/Pipeline.Readiness.csproj", "templates/Pipeline.Templates.csproj");
        var hive = Path.Combine(_work, "hive");
        var root = _repository.Root;
        PackageFeed.WriteNuGetConfig(root, feed);
        _repository.Write(".gitignore", "artifacts/\nbin/\nobj/\n");

        var installed = await ScriptRunner.Run(_work, "dotnet", ["new", "install", Path.Combine(feed, $"Pipeline.Templates.{version}.nupkg"), "--debug:custom-hive", hive]);
        var created = await ScriptRunner.Run(root, "dotnet", ["new", "pipeline-gate", "--debug:custom-hive", hive]);
        GitRepository.Init(root);
        var (exit, output) = await ScriptRunner.Run(root, Path.Combine(root, "build.sh"), ["Readiness", "--no-logo"]);

        Assert.True(installed.ExitCode == 0, installed.Output);
        Assert.True(created.ExitCode == 0, created.Output);
        foreach (var file in new[] { "build.sh", "build.ps1", "build.cmd", "build/Build.cs", ".nuke/parameters.json", "readiness/waivers.yaml", "readiness/attestations.yaml" })
        {
            Assert.True(File.Exists(Path.Combine(root, file)), file);
        }

        Assert.Contains($"Version=\"{version}\"", File.ReadAllText(Path.Combine(root, "build", "_build.csproj")));
        Assert.True(exit == 1, output); // a new service does not pass the whole checklist: Readiness writes every report, then fails
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "artifacts", "readiness", "report.json")));
        Assert.Equal(GitRepository.Head(root), report.RootElement.GetProperty("commit").GetString());
        var items = report.RootElement.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("status").GetString());
        Assert.Equal("passed", items["testing.all-tests-passing"]);
        Assert.Equal("passed", items["security.no-secrets-in-code"]);
        Assert.Equal("pending", items["database.backup-tested"]); // no attestation yet: blocks, never silently passes
        Assert.True(File.Exists(Path.Combine(root, ".nuke", "build.schema.json")));
    }
}

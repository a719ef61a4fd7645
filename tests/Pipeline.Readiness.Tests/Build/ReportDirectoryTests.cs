using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Build;

/// <summary>Checks keep their artifacts under the setup's report directory, wherever a team puts it.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class ReportDirectoryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-report-dir-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private sealed class ArtifactCheck : ReadinessCheck
    {
        public override string Name => "artifact";

        public override async Task<CheckResult> RunAsync(CheckContext context)
        {
            var path = context.Artifact("work", "probe.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, "x", context.Cancellation);
            return CheckResult.Passed(1, context.Relative(path));
        }
    }

    [Fact]
    public async Task A_checks_artifact_goes_under_the_configured_report_directory()
    {
        GitRepository.Init(_root);
        var item = new ChecklistItem("team.artifact", ReadinessCategory.Operations, "Team", "Writes an artifact", ItemBinding.Check);
        var setup = new ReadinessSetup { ReportDirectory = Path.Combine("out", "gate") };
        setup.Add(item).Check(item, new ArtifactCheck());

        var verdict = await new ReadinessEngine(_root, new ProcessRunner(), new SecretMasker(), TimeProvider.System).EvaluateAsync(setup, ReadinessScope.Part("ArtifactCheck", i => i == item), CancellationToken.None);

        Assert.Equal("out/gate/work/probe.txt", verdict.Items.Single(i => i.Item.Id == item.Id).Reason);
        Assert.True(File.Exists(Path.Combine(_root, "out", "gate", "work", "probe.txt")));
    }
}

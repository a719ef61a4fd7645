namespace Pipeline.Readiness.Tests.Support;

/// <summary>A gate over two Testing items only: "All tests passing" always passes, "Coverage acceptable" reads the
/// measured figure from coverage.txt in the root (missing file: the check throws). Publish writes a marker.</summary>
public sealed class GateBuild : ReadinessBuild
{
    /// <summary>Makes <paramref name="run"/>'s root a committed git repository for this build: coverage.txt with
    /// <paramref name="coverage"/>, and what every run generates ignored, as in a real repository.</summary>
    internal static void Prepare(Pipeline.Tests.Support.BuildRun run, string coverage)
    {
        File.WriteAllText(Path.Combine(run.Root, "coverage.txt"), coverage);
        File.WriteAllText(Path.Combine(run.Root, ".gitignore"), "artifacts/\n.nuke/build.schema.json\n");
        GitRepository.Init(run.Root);
    }

    protected override void ConfigureReadiness(ReadinessSetup setup)
    {
        foreach (var category in Enum.GetValues<ReadinessCategory>().Where(c => c != ReadinessCategory.Testing))
        {
            setup.Disable(category, "outside this test");
        }

        foreach (var item in Items.All.Where(i => i.Category == ReadinessCategory.Testing && i != Items.Testing.AllTestsPassing && i != Items.Testing.CoverageAcceptable))
        {
            setup.Disable(item, "outside this test");
        }

        setup.Check(Items.Testing.AllTestsPassing, new FixedCheck(CheckResult.Passed(3, "3 of 3 tests passed")))
            .Check(Items.Testing.CoverageAcceptable, new CoverageFileCheck());
    }

    protected override Task PublishAsync(CancellationToken cancellation)
    {
        File.WriteAllText(Path.Combine(RootDirectory, "published.txt"), "published");
        return Task.CompletedTask;
    }

    private sealed class FixedCheck(CheckResult result) : ReadinessCheck
    {
        public override string Name => "fixed";

        public override Task<CheckResult> RunAsync(CheckContext context) => Task.FromResult(result);
    }

    /// <summary>The ten-line custom check of the README, in test form.</summary>
    private sealed class CoverageFileCheck : ReadinessCheck
    {
        public override string Name => "coverage-file";

        public override async Task<CheckResult> RunAsync(CheckContext context)
        {
            var line = double.Parse(await File.ReadAllTextAsync(Path.Combine(context.Root, "coverage.txt"), context.Cancellation), System.Globalization.CultureInfo.InvariantCulture);
            return line >= 80
                ? CheckResult.Passed(1, $"line coverage {line} %")
                : CheckResult.Failed(1, $"line coverage {line} % is below 80 %", Finding.Create("coverage.line", FindingSeverity.Error, "coverage.txt", 1, $"{line} % < 80 %", "line"));
        }
    }
}

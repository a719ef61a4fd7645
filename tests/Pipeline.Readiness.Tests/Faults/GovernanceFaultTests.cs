using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Faults;

/// <summary>Malformed governance files: each is a blocking problem with file and line, and every report is still
/// written (issue item 11); sign-offs name a full commit id that exists (item 4).</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class GovernanceFaultTests : IDisposable
{
    private readonly BuildRun _run = new();

    public GovernanceFaultTests()
    {
        GateBuild.Prepare(_run, coverage: "91");
    }

    public void Dispose() => _run.Dispose();

    private string Report => File.ReadAllText(Path.Combine(_run.Root, "artifacts", "readiness", "report.json"));

    public static TheoryData<string, string, string> Malformed => new()
    {
        { "non-scalar key", "waivers:\n  - ? [item, fingerprint]\n    : testing.coverage-acceptable\n    reason: x\n", "readiness/waivers.yaml(2): expected a field name" },
        { "second document", "waivers: []\n---\nwaivers:\n  - item: testing.coverage-acceptable\n", "readiness/waivers.yaml(3): a second YAML document" },
        { "mapping as a value", "waivers:\n  - item: {id: testing.coverage-acceptable}\n", "readiness/waivers.yaml(2): field 'item': expected a single value" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public Task A_malformed_waivers_file_is_a_problem_with_file_and_line_and_the_reports_are_written(string name, string content, string expected) =>
        FaultLedger.Case($"governance: waivers.yaml with a {name}", FaultKind.Crash, async () =>
        {
            _run.WriteFile(GovernancePaths.Waivers, content);
            GitRepository.CommitAll(_run.Root, name);

            var (exit, output) = await _run.Run<GateBuild>(["Release", "--no-logo"]);

            Assert.True(exit == 1, output);
            Assert.Contains(expected, output);
            Assert.Contains("\"problems\": [", Report);
            Assert.False(File.Exists(Path.Combine(_run.Root, "published.txt")));
        });

    [Fact]
    public Task A_waivers_path_that_is_a_directory_is_a_problem_not_silence() =>
        FaultLedger.Case("governance: waivers.yaml is a directory", FaultKind.FailOpen, async () =>
        {
            Directory.CreateDirectory(Path.Combine(_run.Root, GovernancePaths.Waivers));
            File.WriteAllText(Path.Combine(_run.Root, GovernancePaths.Waivers, "keep"), string.Empty);
            GitRepository.CommitAll(_run.Root, "directory");

            var (exit, output) = await _run.Run<GateBuild>(["Release", "--no-logo"]);

            Assert.True(exit == 1, output);
            Assert.Contains("readiness/waivers.yaml(1): is a directory; expected a YAML file", output);
        });

    [Theory]
    [InlineData("HEAD")]
    [InlineData("main")]
    [InlineData("@")]
    [InlineData("HEAD~0")]
    [InlineData("0123456")]
    public Task A_sign_off_for_a_ref_or_an_abbreviation_is_a_problem_and_counts_for_nothing(string commit) =>
        FaultLedger.Case($"governance: sign-off with commit '{commit}'", FaultKind.FailOpen, async () =>
        {
            _run.WriteFile(GovernancePaths.SignOffs, $"signoffs:\n  - role: developer\n    name: Jane\n    date: 2026-11-30\n    commit: \"{commit}\"\n");
            GitRepository.CommitAll(_run.Root, "sign-off");

            var (exit, output) = await _run.Run<SignOffGateBuild>(["Readiness", "--no-logo"]);

            Assert.True(exit == 1, output);
            Assert.Contains($"readiness/signoffs.yaml(5): field 'commit': '{commit}' is not a full commit id", output);
            Assert.Contains("\"status\": \"pending\"", Report);
        });

    [Fact]
    public Task A_sign_off_for_a_commit_that_does_not_exist_is_a_problem() =>
        FaultLedger.Case("governance: sign-off for a nonexistent commit", FaultKind.FailOpen, async () =>
        {
            _run.WriteFile(GovernancePaths.SignOffs, "signoffs:\n  - role: developer\n    name: Jane\n    date: 2026-11-30\n    commit: 0123456789abcdef0123456789abcdef01234567\n");
            GitRepository.CommitAll(_run.Root, "sign-off");

            var (exit, output) = await _run.Run<SignOffGateBuild>(["Readiness", "--no-logo"]);

            Assert.True(exit == 1, output);
            Assert.Contains("readiness/signoffs.yaml(5): field 'commit': 0123456789abcdef0123456789abcdef01234567 is not a commit of this repository", output);
        });

    [Fact]
    public Task A_sign_off_for_the_full_id_of_the_signed_commit_counts() =>
        FaultLedger.Case("governance: control, a sign-off for the full id counts", FaultKind.FailOpen, async () =>
        {
            var head = GitRepository.Head(_run.Root);
            _run.WriteFile(GovernancePaths.SignOffs, $"signoffs:\n  - role: developer\n    name: Jane\n    date: 2026-11-30\n    commit: {head}\n");
            GitRepository.CommitAll(_run.Root, "sign-off");

            var (exit, output) = await _run.Run<SignOffGateBuild>(["Readiness", "--no-logo"]);

            Assert.True(exit == 0, output);
            Assert.Contains($"signed off by Jane on 2026-11-30 for commit {head[..12]}", Report);
        });

    /// <summary>The two Testing items of <see cref="GateBuild"/> and the developer sign-off.</summary>
    public sealed class SignOffGateBuild : ReadinessBuild
    {
        protected override void ConfigureReadiness(ReadinessSetup setup)
        {
            foreach (var item in Items.All.Where(i => i != Items.Testing.AllTestsPassing && i != Items.SignOff.Developer))
            {
                setup.Disable(item, "outside this test");
            }

            setup.Check(Items.Testing.AllTestsPassing, new PassingCheck());
        }

        private sealed class PassingCheck : ReadinessCheck
        {
            public override string Name => "passing";

            public override Task<CheckResult> RunAsync(CheckContext context) => Task.FromResult(CheckResult.Passed(1, "passed"));
        }
    }
}

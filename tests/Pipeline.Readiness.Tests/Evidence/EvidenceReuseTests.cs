using System.Text.Json.Nodes;
using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Evidence;

/// <summary>Unchanged passing outcomes are reused from <c>.nuke/temp/evidence</c> on a clean tree, and say so in the
/// reports; a failed check always runs again; a change to a file the check reads, <c>--no-cache</c>, a dirty tree
/// and the age limit each make it run. (Real git in a temporary repository; the build runs in-process.)</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class EvidenceReuseTests : IDisposable
{
    private readonly BuildRun _run = new();

    public EvidenceReuseTests()
    {
        _run.WriteFile(".gitignore", "artifacts/\n");
        _run.WriteFile("src/App.cs", "class App { }\n");
        _run.WriteFile("docs/notes.md", "# Notes\n");
        GitRepository.Init(_run.Root);
    }

    public void Dispose() => _run.Dispose();

    /// <summary>Counts its runs in the report folder; reads <c>src/**</c>.</summary>
    private sealed class CountingCheck(string name, bool passes, string? installed = null) : ReadinessCheck
    {
        public override string Name => name;

        internal override EvidenceReuse? Reuse => new(["src/**"]) { Installed = installed is null ? [] : [installed], Artifacts = [$"{name}-report"] };

        public override Task<CheckResult> RunAsync(CheckContext context)
        {
            var log = Path.Combine(context.Root, context.ReportDirectory, $"{name}.runs");
            Directory.CreateDirectory(Path.GetDirectoryName(log)!);
            File.AppendAllText(log, "ran\n");
            var report = Directory.CreateDirectory(Path.Combine(context.Root, context.ReportDirectory, $"{name}-report", "html")).FullName;
            File.WriteAllText(Path.Combine(report, "index.html"), $"<p>run {File.ReadAllLines(log).Length}</p>");
            return Task.FromResult(passes ? CheckResult.Passed(1, "src holds 1 file") : CheckResult.Failed(1, "src is wrong"));
        }
    }

    public sealed class ReusingBuild : ReadinessBuild
    {
        protected override void ConfigureReadiness(ReadinessSetup setup)
        {
            foreach (var item in Items.All.Where(i => i != Items.Testing.AllTestsPassing && i != Items.Testing.CoverageAcceptable))
            {
                setup.Disable(item, "outside this test");
            }

            if (EnvironmentVariables.ContainsKey("REUSE_NEVER"))
            {
                setup.EvidenceReuseLimit = TimeSpan.Zero;
            }

            setup.Check(Items.Testing.AllTestsPassing, new CountingCheck("passing", passes: true, EnvironmentVariables.GetValueOrDefault("INSTALLED_AT")))
                 .Check(Items.Testing.CoverageAcceptable, new CountingCheck("failing", passes: false));
        }
    }

    private string _gate = string.Empty; // the gate's root under the repository ("" = the repository itself)

    private int Runs(string name) => File.ReadAllLines(Path.Combine(_run.Root, _gate, "artifacts", "readiness", $"{name}.runs")).Length;

    private async Task<JsonObject> ReadinessAsync(params string[] more)
    {
        var (exit, output) = await _run.Run<ReusingBuild>(["Readiness", "--no-logo", .. _gate.Length > 0 ? ["--root", Path.Combine(_run.Root, _gate)] : Array.Empty<string>(), .. more]);
        Assert.True(exit == 1 && output.Contains("Release refused", StringComparison.Ordinal), output); // the failing check blocks
        return JsonNode.Parse(File.ReadAllText(Path.Combine(_run.Root, _gate, "artifacts", "readiness", "report.json")))!.AsObject();
    }

    private static JsonObject Passing(JsonObject report) => report["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == Items.Testing.AllTestsPassing.Id)!.AsObject();

    private void Commit(string relative, string content)
    {
        _run.WriteFile(relative, content);
        GitRepository.CommitAll(_run.Root, $"change {relative}");
    }

    [Fact]
    public async Task An_unchanged_passing_outcome_is_reused_and_marked_until_a_file_it_reads_changes_and_a_failure_always_runs_again()
    {
        var first = GitRepository.Head(_run.Root);
        await ReadinessAsync();
        var again = await ReadinessAsync();

        Assert.Equal((1, 2), (Runs("passing"), Runs("failing")));
        Assert.Equal("<p>run 1</p>", File.ReadAllText(Path.Combine(_run.Root, "artifacts", "readiness", "passing-report", "html", "index.html")));
        Directory.Delete(Path.Combine(_run.Root, "artifacts", "readiness", "passing-report"), recursive: true); // a fresh clone has no report folder
        await ReadinessAsync();
        Assert.Equal(1, Runs("passing"));
        Assert.Equal("<p>run 1</p>", File.ReadAllText(Path.Combine(_run.Root, "artifacts", "readiness", "passing-report", "html", "index.html"))); // the reused check's artifact is back
        Assert.Matches($@"^src holds 1 file \(reused: inputs unchanged since {first[..12]}, \d{{4}}-\d\d-\d\d \d\d:\d\d UTC\)$", Passing(again)["reason"]!.GetValue<string>());
        Assert.Equal(first, Passing(again)["checks"]![0]!["reused"]!["commit"]!.GetValue<string>());

        Commit("docs/notes.md", "# Notes\n\nMore.\n"); // not an input of the check
        var afterDocs = await ReadinessAsync();
        Assert.Equal(1, Runs("passing"));
        Assert.Contains($"inputs unchanged since {first[..12]}", Passing(afterDocs)["reason"]!.GetValue<string>(), StringComparison.Ordinal);

        Commit("src/App.cs", "class App { int x; }\n"); // an input: it runs, and is reused from then on
        var afterSource = await ReadinessAsync();
        await ReadinessAsync();
        Assert.Equal(2, Runs("passing"));
        Assert.Null(Passing(afterSource)["checks"]![0]!["reused"]);
        Assert.Equal("src holds 1 file", Passing(afterSource)["reason"]!.GetValue<string>());
        Assert.Equal(6, Runs("failing"));
    }

    [Fact]
    public async Task No_cache_a_dirty_tree_and_the_age_limit_each_run_the_check()
    {
        await ReadinessAsync();

        await ReadinessAsync("--no-cache");
        Assert.Equal(2, Runs("passing"));

        _run.WriteFile("src/New.cs", "class New { }\n"); // untracked: the tree is not the committed one
        await ReadinessAsync();
        Assert.Equal(3, Runs("passing"));
        File.Delete(Path.Combine(_run.Root, "src", "New.cs"));

        _run.Environment["REUSE_NEVER"] = "1";
        await ReadinessAsync();
        Assert.Equal(4, Runs("passing"));

        _run.Environment.Remove("REUSE_NEVER");
        await ReadinessAsync();
        Assert.Equal(4, Runs("passing")); // reused again: the last run stored a fresh outcome
    }

    [Fact]
    public async Task A_service_in_a_folder_reuses_across_a_waiver_or_schema_commit_but_not_across_a_change_of_the_build_files_above_it()
    {
        _gate = "svc";
        _run.WriteFile("svc/src/App.cs", "class App { }\n");
        _run.WriteFile("Directory.Build.props", "<Project />\n");
        GitRepository.CommitAll(_run.Root, "a service in a folder");
        await ReadinessAsync();

        Commit("svc/readiness/waivers.yaml", "waivers: []\n"); // governance: no check reads it
        Commit("svc/.nuke/build.schema.json", "{ }\n"); // what the build writes for editors when its parameters change
        await ReadinessAsync();
        Assert.Equal(1, Runs("passing"));

        _run.WriteFile("Directory.Build.props", "<Project><PropertyGroup><Nullable>enable</Nullable></PropertyGroup></Project>\n"); // above the gate: its clean tree does not cover it
        await ReadinessAsync();
        Assert.Equal(2, Runs("passing"));
    }

    [Fact]
    public async Task Installing_or_upgrading_a_package_where_the_check_looks_runs_it_again()
    {
        var site = Directory.CreateTempSubdirectory("pipeline-site-").FullName;
        try
        {
            var packages = Directory.CreateDirectory(Path.Combine(site, "lib", "python3.11", "site-packages")).FullName;
            Directory.CreateDirectory(Path.Combine(packages, "pytest-8.3.4.dist-info"));
            _run.Environment["INSTALLED_AT"] = Path.Combine(site, "lib", "python3*", "site-packages");
            await ReadinessAsync();
            await ReadinessAsync();
            Assert.Equal(1, Runs("passing"));

            Directory.Move(Path.Combine(packages, "pytest-8.3.4.dist-info"), Path.Combine(packages, "pytest-8.3.5.dist-info"));
            await ReadinessAsync();
            Assert.Equal(2, Runs("passing"));

            Directory.CreateDirectory(Path.Combine(site, "lib", "python3.12", "site-packages", "mypy-1.13.0.dist-info")); // a second interpreter's packages
            await ReadinessAsync();
            await ReadinessAsync();
            Assert.Equal(3, Runs("passing"));
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }
}

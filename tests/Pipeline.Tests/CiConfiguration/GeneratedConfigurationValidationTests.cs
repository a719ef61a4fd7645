using Pipeline.Tests.Process;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.CiConfiguration;

/// <summary>What the build generates is accepted by the CIs' own validators, which refuse a broken file; and this
/// repository's committed <c>.github/workflows/release.yml</c> is what its build generates.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class GeneratedConfigurationValidationTests(CiValidators validators) : IClassFixture<CiValidators>, IDisposable
{
    private readonly BuildRun _run = new();

    public void Dispose() => _run.Dispose();

    private async Task<string> GenerateAsync()
    {
        var (exit, output) = await _run.Run<DeclaringBuild>(["--generate-configuration", "--no-logo"]);
        Assert.True(exit == 0, output);
        return _run.Root;
    }

    [Fact]
    public async Task The_generated_github_workflow_passes_the_workflow_schema_and_a_broken_one_does_not()
    {
        var root = await GenerateAsync();
        var workflow = Path.Combine(root, ".github", "workflows", "release.yml");
        var broken = Path.Combine(root, "broken.yml");
        File.WriteAllText(broken, File.ReadAllText(workflow).Replace("    runs-on: ubuntu-latest\n", string.Empty, StringComparison.Ordinal));

        var (validExit, validOutput) = await ScriptRunner.Run(root, validators.ActionValidator, [workflow]);
        var (brokenExit, brokenOutput) = await ScriptRunner.Run(root, validators.ActionValidator, [broken]);

        Assert.True(validExit == 0, validOutput);
        Assert.True(brokenExit != 0, brokenOutput);
        Assert.Contains("/jobs/release/runs-on", brokenOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_generated_gitlab_pipeline_passes_gitlabs_ci_schema_and_a_broken_one_does_not()
    {
        var root = await GenerateAsync();
        GitInit(root);
        var (validExit, validOutput) = await ScriptRunner.Run(root, validators.GitLabCiLocal, ["--list"]);
        var file = Path.Combine(root, ".gitlab-ci.yml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("  artifacts:", "  artifact:", StringComparison.Ordinal));
        var (brokenExit, brokenOutput) = await ScriptRunner.Run(root, validators.GitLabCiLocal, ["--list"]);

        Assert.True(validExit == 0, validOutput);
        Assert.Contains("json schema validated", validOutput, StringComparison.Ordinal);
        Assert.Matches(@"release\s+test\s+on_success", validOutput);
        Assert.True(brokenExit != 0, brokenOutput);
        Assert.Contains("'artifact' property is not expected to be here", brokenOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task This_repositorys_committed_release_workflow_is_what_its_build_generates_and_valid()
    {
        // On a CI server a stale file fails every build (a run of targets: --help and --plan do not compare), so a
        // harmless target, Restore, exits 0 only when the committed file is up to date.
        var (exit, output) = await ScriptRunner.Run(RepositoryRoot.Path, Path.Combine(RepositoryRoot.Path, "build.sh"), ["Restore", "--no-logo"],
            new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" });
        var (validExit, validOutput) = await ScriptRunner.Run(RepositoryRoot.Path, validators.ActionValidator, [Path.Combine(RepositoryRoot.Path, ".github", "workflows", "release.yml")]);

        Assert.True(exit == 0, output);
        Assert.DoesNotContain("is not what the build generates", output, StringComparison.Ordinal);
        Assert.True(validExit == 0, validOutput);
    }

    private static void GitInit(string root)
    {
        using var git = System.Diagnostics.Process.Start("git", ["-C", root, "init", "--quiet"]);
        git.WaitForExit();
    }
}

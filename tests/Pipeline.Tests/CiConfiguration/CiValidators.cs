using Pipeline.Tests.Process;

namespace Pipeline.Tests.CiConfiguration;

/// <summary>Real validators from npm, installed once per test run into a temporary prefix: GitHub's workflow schema
/// through <c>@action-validator/cli</c>, GitLab's published CI schema through <c>gitlab-ci-local</c> (4.56.2, the
/// last that runs on Debian 12's Node.js 18; it bundles the schema and validates offline).</summary>
public sealed class CiValidators : IAsyncLifetime
{
    private readonly string _prefix = Directory.CreateTempSubdirectory("pipeline-ci-validators-").FullName;

    public string ActionValidator => Path.Combine(_prefix, "node_modules", ".bin", "action-validator");

    public string GitLabCiLocal => Path.Combine(_prefix, "node_modules", ".bin", "gitlab-ci-local");

    public async Task InitializeAsync()
    {
        var (exit, output) = await ScriptRunner.Run(_prefix, "npm",
            ["install", "--silent", "--no-audit", "--no-fund", "--prefix", _prefix, "@action-validator/cli@0.6.0", "gitlab-ci-local@4.56.2"]);
        Assert.True(exit == 0, output);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_prefix, recursive: true);
        return Task.CompletedTask;
    }
}

using Pipeline.Tests.Process;

namespace Pipeline.Tests.CiConfiguration;

/// <summary>Real validators from npm: GitHub's workflow schema through <c>@action-validator/cli</c>, GitLab's published
/// CI schema through <c>gitlab-ci-local</c> (4.56.2, the last that runs on Debian 12's Node.js 18; it bundles the schema
/// and validates offline). They are installed once per machine into <c>~/.cache/pipeline-tests/</c> (a folder per
/// package list, complete or absent: installed beside it, then renamed): the install compiles <c>re2</c>'s native module
/// with node-gyp, minutes of CPU that a fresh machine pays once.</summary>
public sealed class CiValidators : IAsyncLifetime
{
    private static readonly string[] Packages = ["@action-validator/cli@0.6.0", "gitlab-ci-local@4.56.2"];

    private readonly string _prefix = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "pipeline-tests", "ci-validators-" + string.Join('+', Packages).Replace('/', '_'));

    public string ActionValidator => Path.Combine(_prefix, "node_modules", ".bin", "action-validator");

    public string GitLabCiLocal => Path.Combine(_prefix, "node_modules", ".bin", "gitlab-ci-local");

    public async Task InitializeAsync()
    {
        if (File.Exists(ActionValidator) && File.Exists(GitLabCiLocal))
        {
            return;
        }

        var staging = $"{_prefix}.{Guid.NewGuid():N}.tmp";
        Directory.CreateDirectory(staging);
        try
        {
            var (exit, output) = await ScriptRunner.Run(staging, "npm",
                ["install", "--silent", "--no-audit", "--no-fund", "--prefix", staging, .. Packages], timeout: TimeSpan.FromMinutes(20));
            Assert.True(exit == 0, output);
            try
            {
                Directory.Move(staging, _prefix);
            }
            catch (IOException) when (File.Exists(GitLabCiLocal))
            {
                // another test run installed them meanwhile
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

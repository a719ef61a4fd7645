using Pipeline.Tests.Process;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Reference;

/// <summary>The reference services' base images, made without a registry by <c>samples/base-images/build-base.sh</c>
/// (debootstrap from the Debian mirror, bookworm-security applied; a tarball cached by its package list, which
/// <c>.ci/run</c> builds before the tests), and an OSV folder of Debian 12 records from the security archive
/// (<c>debian-security-osv.py</c>). Made once per test run; each engine imports them by <see cref="ImportAsync"/>.</summary>
public sealed class BaseImages : IAsyncLifetime
{
    private static readonly string Scripts = Path.Combine(RepositoryRoot.Path, "samples", "base-images");

    private readonly Dictionary<string, string> _tarballs = new(StringComparer.Ordinal);

    /// <summary>The OSV records the image scans match OS packages against.</summary>
    public string Osv { get; } = Directory.CreateTempSubdirectory("pipeline-osv-").FullName;

    /// <summary>The image name of a base in an engine: <c>pipeline-base/dotnet-deps:bookworm</c>.</summary>
    public static string Name(string list) => $"pipeline-base/{list}:bookworm";

    public async Task InitializeAsync()
    {
        foreach (var list in new[] { "dotnet-deps", "python-fastapi" })
        {
            var (exit, output) = await ScriptRunner.Run(Scripts, "bash", [Path.Combine(Scripts, "build-base.sh"), list]);
            Assert.True(exit == 0, output);
            _tarballs[list] = output.Split('\n').Select(l => l.Trim()).Last(l => l.StartsWith('/') && l.EndsWith(".tar", StringComparison.Ordinal)); // its stdout
        }

        var (osvExit, osvOutput) = await ScriptRunner.Run(Scripts, "/usr/bin/python3", [Path.Combine(Scripts, "debian-security-osv.py"), Osv]);
        Assert.True(osvExit == 0, osvOutput);
    }

    /// <summary>Imports every base into <paramref name="engine"/> unless it has it.</summary>
    public async Task ImportAsync(Checks.Image.DockerEngine engine)
    {
        foreach (var (list, tarball) in _tarballs)
        {
            if ((await engine.Docker("image", "inspect", Name(list))).ExitCode != 0)
            {
                var (exit, output) = await engine.Docker("import", tarball, Name(list));
                Assert.True(exit == 0, output);
            }
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Osv, recursive: true);
        return Task.CompletedTask;
    }
}

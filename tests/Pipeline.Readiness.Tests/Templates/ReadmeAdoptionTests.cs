using System.Text.Json;
using System.Text.RegularExpressions;
using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Process;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Templates;

/// <summary>The README's offline adoption commands, as a newcomer pastes them (issue 18), from a fresh clone of this
/// repository into a new repository nobody prepared for the gate: a <c>dotnet new webapi</c> + xunit solution with
/// central package management that already has a NUKE-style <c>build/</c> folder of its own. The template refuses to
/// overwrite it, the README's <c>--build-folder</c> puts the gate beside it, and the first run gates the solution.
/// Template hive and NuGet cache are the test's own, so nothing installed earlier on the machine is used.</summary>
[Collection(PackageFeed.Collection)]
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed partial class ReadmeAdoptionTests : IDisposable
{
    private readonly TemporaryRepository _work = new("pipeline-adoption-");

    public void Dispose() => _work.Dispose();

    /// <summary>What a command that compiles a whole build may take on a busy 2-core runner.</summary>
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task The_offline_adoption_commands_gate_a_new_webapi_solution_with_central_package_management()
    {
        var clone = Path.Combine(_work.Root, "pipeline");
        var repository = Path.Combine(_work.Root, "shop");
        var (cloned, cloneOutput) = await ScriptRunner.Run(_work.Root, "git", ["clone", "--quiet", RepositoryRoot.Path, clone]);
        Assert.True(cloned == 0, cloneOutput);
        await CreateSolutionAsync(repository);
        var lines = OfflineCommands();
        Assert.Equal(5, lines.Count);
        var home = Path.Combine(_work.Root, "home");
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = home, // the template hive lives here: no template installed earlier on this machine is seen
            ["DOTNET_CLI_HOME"] = home,
            ["NUGET_PACKAGES"] = Path.Combine(_work.Root, "nuget-packages"), // nothing restored earlier (an older 0.1.0) is used
        };

        var (packed, packOutput) = await ScriptRunner.Run(clone, "bash", ["-c", lines[0]], timeout: Long); // a fresh clone's bootstrap and the whole Pack
        Assert.True(packed == 0, packOutput);

        // The README's next three lines, in one shell (FEED is set by one and read by another), with the repository's path.
        var generate = string.Join("\n", lines.Skip(1).Take(3)).Replace("your-repo", repository, StringComparison.Ordinal);
        var (refused, refusedOutput) = await ScriptRunner.Run(clone, "bash", ["-c", generate], environment, timeout: Long);
        Assert.True(refused != 0, refusedOutput);
        Assert.Contains("build/Build.cs", refusedOutput, StringComparison.Ordinal); // names what it would overwrite
        Assert.Equal("class Build { static int Main() => 0; }\n", File.ReadAllText(Path.Combine(repository, "build", "Build.cs")));

        // The README's alternative for a repository with a build/ folder of its own.
        Assert.Contains("dotnet new pipeline-gate --build-folder ci-build", File.ReadAllText(Path.Combine(clone, "README.md")), StringComparison.Ordinal);
        var (created, createdOutput) = await ScriptRunner.Run(clone, "bash", ["-c", generate.Replace("pipeline-gate --feed", "pipeline-gate --build-folder ci-build --feed", StringComparison.Ordinal)], environment);
        Assert.True(created == 0, createdOutput);
        Assert.Contains("Created build.sh, build.ps1, build.cmd, the build folder", createdOutput, StringComparison.Ordinal);
        Assert.Contains("ci-build/_build.csproj", File.ReadAllText(Path.Combine(repository, "build.sh")), StringComparison.Ordinal);

        var (exit, output) = await ScriptRunner.Run(repository, "bash", ["-c", lines[4]], environment, timeout: Long);

        Assert.True(exit == 1, output); // a new service does not pass the whole checklist: every report is written, then it blocks
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(repository, "artifacts", "readiness", "report.json")));
        var items = report.RootElement.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => (Status: i.GetProperty("status").GetString(), Reason: i.GetProperty("reason").GetString()!));
        Assert.Equal("passed", items["testing.all-tests-passing"].Status);
        Assert.Equal("passed", items["prelaunch.type-check"].Status);
        Assert.DoesNotContain(items, i => i.Value.Reason == "no check is registered for this item");
    }

    /// <summary>The lines of the README's offline code block.</summary>
    private static List<string> OfflineCommands()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var block = OfflineBlock().Match(readme);
        Assert.True(block.Success, "README.md has no offline adoption block");
        return [.. block.Groups[1].Value.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0)];
    }

    [GeneratedRegex(@"Offline, from a clone of this repository[^`]*```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex OfflineBlock();

    /// <summary>A new repository as <c>dotnet new</c> makes it, then moved to central package management with a shared
    /// analyzer in its <c>Directory.Build.props</c>, with a NUKE-style build folder of its own, committed.</summary>
    private static async Task CreateSolutionAsync(string root)
    {
        Directory.CreateDirectory(root);
        foreach (var arguments in new[]
        {
            new[] { "new", "sln", "-n", "Shop" },
            ["new", "webapi", "-o", "src/Shop.Api", "--no-restore"],
            ["new", "xunit", "-o", "tests/Shop.Tests", "--no-restore"],
            ["sln", "add", "src/Shop.Api", "tests/Shop.Tests"],
        })
        {
            var (exit, output) = await ScriptRunner.Run(root, "dotnet", arguments);
            Assert.True(exit == 0, output);
        }

        var versions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var project in Directory.GetFiles(root, "*.csproj", SearchOption.AllDirectories))
        {
            File.WriteAllText(project, PackageReference().Replace(File.ReadAllText(project), m =>
            {
                versions[m.Groups["id"].Value] = m.Groups["version"].Value;
                return $"<PackageReference Include=\"{m.Groups["id"].Value}\"";
            }));
        }

        // As many such repositories do, an analyzer for every project, its version kept centrally: the build project
        // must not inherit it (its own versions are not central, so restore would fail with NU1015).
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"),
            "<Project>\n  <ItemGroup><PackageReference Include=\"xunit.analyzers\" PrivateAssets=\"all\" /></ItemGroup>\n</Project>\n");
        versions["xunit.analyzers"] = "1.27.0";
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"),
            "<Project>\n  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>\n  <ItemGroup>\n"
            + string.Concat(versions.Select(v => $"    <PackageVersion Include=\"{v.Key}\" Version=\"{v.Value}\" />\n")) + "  </ItemGroup>\n</Project>\n");
        Directory.CreateDirectory(Path.Combine(root, "build"));
        File.WriteAllText(Path.Combine(root, "build", "_build.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(root, "build", "Build.cs"), "class Build { static int Main() => 0; }\n");
        File.WriteAllText(Path.Combine(root, ".gitignore"), "artifacts/\nbin/\nobj/\n");
        GitRepository.Init(root);
    }

    [GeneratedRegex(@"<PackageReference Include=""(?<id>[^""]+)"" Version=""(?<version>[^""]+)""")]
    private static partial Regex PackageReference();
}

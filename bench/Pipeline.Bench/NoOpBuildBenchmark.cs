using Pipeline.Tests.Support;

namespace Pipeline.Bench;

/// <summary>Wall time of the real <c>./build.sh Noop</c> in a temporary repository whose build project references
/// this repository's Pipeline project; the first run compiles and is not counted.</summary>
internal static class NoOpBuildBenchmark
{
    public static async Task RunAsync(int iterations)
    {
        var repository = RepositoryRoot.Path;
        var root = Directory.CreateTempSubdirectory("pipeline-bench-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, ".nuke"));
            Directory.CreateDirectory(Path.Combine(root, "build"));
            File.Copy(Path.Combine(repository, "build.sh"), Path.Combine(root, "build.sh"));
            File.Copy(Path.Combine(repository, "global.json"), Path.Combine(root, "global.json"));
            var project = Path.Combine(repository, "src", "Pipeline", "Pipeline.csproj");
            await File.WriteAllTextAsync(Path.Combine(root, "build", "_build.csproj"),
                $"<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>" +
                $"<ImplicitUsings>enable</ImplicitUsings></PropertyGroup><ItemGroup><ProjectReference Include=\"{project}\" /></ItemGroup></Project>");
            await File.WriteAllTextAsync(Path.Combine(root, "build", "Build.cs"),
                "using Pipeline; class Build : PipelineBuild { public static int Main() => Execute<Build>(x => x.Noop); Target Noop => _ => _.Executes(() => { }); }");

            await BuildSh(root);
            await Measure.PrintAsync("./build.sh Noop (warm, wall time)", iterations, () => BuildSh(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Task BuildSh(string root) =>
        Command.RunAsync(root, Path.Combine(root, "build.sh"), ["Noop", "--no-logo", "--verbosity", "quiet"]);
}

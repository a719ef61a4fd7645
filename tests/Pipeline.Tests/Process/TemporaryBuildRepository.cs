using Pipeline.Tests.Support;

namespace Pipeline.Tests.Process;

/// <summary>A throwaway repository in a temp folder with this repository's real <c>build.sh</c> and
/// <c>global.json</c>, and a build project that references the Pipeline assembly under test. Shared by the
/// process-level tests of one class (built once).</summary>
public sealed class TemporaryBuildRepository : IDisposable
{
    public TemporaryBuildRepository()
    {
        Root = Directory.CreateTempSubdirectory("pipeline-repo-").FullName;
        Directory.CreateDirectory(System.IO.Path.Combine(Root, ".nuke"));
        Directory.CreateDirectory(System.IO.Path.Combine(Root, "build"));
        foreach (var file in new[] { "build.sh", "build.ps1", "global.json" })
        {
            File.Copy(System.IO.Path.Combine(RepositoryRoot.Path, file), System.IO.Path.Combine(Root, file));
        }

        var pipelineAssembly = typeof(PipelineBuild).Assembly.Location;
        File.WriteAllText(System.IO.Path.Combine(Root, "build", "_build.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="Pipeline" HintPath="{pipelineAssembly}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(System.IO.Path.Combine(Root, "build", "Build.cs"), BuildSource);
    }

    public string Root { get; }

    public const string BuildSource = """
        using Pipeline;

        class Build : PipelineBuild
        {
            public static int Main() => Execute<Build>(x => x.Hello);

            [Parameter("Token for the echo target"), Secret]
            public string? Token { get; set; }

            public Target Hello => _ => _.Description("Says hello").Executes(() => Log.Information("hello from the build"));

            public Target Fail => _ => _.DependsOn(Hello).Executes(() => throw new InvalidOperationException("deliberate failure"));

            public Target Echo => _ => _.Executes(async () =>
            {
                await Processes.RunAsync(new ProcessSpec("sh", ["-c", "echo child printed $TOKEN"]));
                Console.WriteLine($"console printed {Token}");
            });

            public Target Wait => _ => _.Executes(async token =>
            {
                File.WriteAllText(Path.Combine(RootDirectory, "waiting"), "");
                await Task.Delay(Timeout.Infinite, token);
            });

            public Target Cleanup => _ => _.DependsOn(Wait).AssuredAfterFailure().Executes(() => Log.Information("cleanup ran"));
        }
        """;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

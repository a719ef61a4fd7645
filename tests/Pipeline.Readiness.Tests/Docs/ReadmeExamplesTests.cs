using System.Text.RegularExpressions;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Docs;

/// <summary>Every C# example in the README compiles against the public API of the assemblies this test run built
/// (only their public surface: the example project is another assembly). A whole program keeps its own usings; a
/// fragment (a target, no class) is compiled as a member of a build that has the targets it names.</summary>
[Trait("Category", "Slow")]
public sealed partial class ReadmeExamplesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-readme-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Every_csharp_example_in_the_readme_compiles_against_the_public_api()
    {
        var examples = CSharpBlock().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"))).Select(m => m.Groups[1].Value).ToList();
        for (var i = 0; i < examples.Count; i++)
        {
            File.WriteAllText(Path.Combine(_root, $"Example{i}.cs"), AsCompilationUnit(examples[i], i));
        }

        var references = string.Join("\n", new[] { "Pipeline", "Pipeline.Readiness", "Pipeline.Readiness.PostgreSql", "Pipeline.Readiness.KeyVault", "Pipeline.Readiness.Docker" }
            .Select(a => $"    <Reference Include=\"{a}\" HintPath=\"{Path.Combine(AppContext.BaseDirectory, a + ".dll")}\" />"));
        File.WriteAllText(Path.Combine(_root, "Examples.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable><OutputType>Library</OutputType><NoWarn>CS8321;CS0169;CS0414</NoWarn></PropertyGroup>
              <ItemGroup>
            {references}
              </ItemGroup>
            </Project>
            """);

        var build = await new ProcessRunner().RunAsync(new ProcessSpec("dotnet", ["build", "-nologo", "-v", "q", "-clp:NoSummary"])
        { WorkingDirectory = _root, CheckExitCode = false, LogOutput = false });

        Assert.True(examples.Count >= 3, $"{examples.Count} C# examples found in the README");
        Assert.True(build.ExitCode == 0, $"the README's examples do not compile:\n{build.StandardOutput}{build.StandardError}");
    }

    private static string AsCompilationUnit(string example, int index)
    {
        if (example.Contains("class ", StringComparison.Ordinal))
        {
            var lines = example.Split('\n').ToList();
            var afterUsings = lines.FindLastIndex(l => l.StartsWith("using ", StringComparison.Ordinal)) + 1;
            lines.Insert(afterUsings, $"namespace ReadmeExample{index};");
            return string.Join('\n', lines);
        }

        return $$"""
            using Pipeline;
            namespace ReadmeExample{{index}};
            partial class Fragment : PipelineBuild
            {
                Target Compile => _ => _;
            {{example}}
            }
            """;
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}

using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Support;

/// <summary>What a repository that uses the gate holds besides its <c>build/Build.cs</c>: this repository's
/// <c>build.sh</c> and <c>global.json</c>, a <c>.gitignore</c> for the build's output, a <c>build/_build.csproj</c>
/// referencing the gate's assemblies of this test run, and a small packable library (<c>Sample.Library</c> 1.2.3).</summary>
internal static class BuildScaffold
{
    public static void Write(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, ".nuke"));
        foreach (var file in new[] { "build.sh", "global.json" })
        {
            File.Copy(Path.Combine(RepositoryRoot.Path, file), Path.Combine(root, file));
        }

        var references = string.Join("\n", new[] { typeof(PipelineBuild), typeof(IReadinessGate), typeof(YamlDotNet.Core.Parser), typeof(Microsoft.Extensions.FileSystemGlobbing.Matcher) }
            .Select(t => $"    <Reference Include=\"{t.Assembly.GetName().Name}\" HintPath=\"{t.Assembly.Location}\" />"));
        Save(root, ".gitignore", "artifacts/\n.nuke/temp/\nbin/\nobj/\n");
        Save(root, "build/_build.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
              <ItemGroup>
            {references}
              </ItemGroup>
            </Project>
            """);
        Save(root, "src/Sample/Sample.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><PackageId>Sample.Library</PackageId><Version>1.2.3</Version></PropertyGroup>
            </Project>
            """);
        Save(root, "src/Sample/Greeter.cs", "namespace Sample; public static class Greeter { public static string Hello() => \"hello\"; }\n");
    }

    private static void Save(string root, string relative, string content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}

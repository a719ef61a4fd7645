using Pipeline.Tests.Process;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Support;

/// <summary>Packs this repository's projects into a temporary folder feed under a unique version (so NuGet's cache
/// never serves an older build). Tests that pack share the <see cref="Collection"/> so two packs never build the same
/// project at once.</summary>
internal static class PackageFeed
{
    public const string Collection = "packs the repository's projects";

    public static async Task<(string Feed, string Version)> PackAsync(string work, params string[] projects)
    {
        var version = $"0.0.0-test.{Guid.NewGuid():N}"[..24];
        var feed = Path.Combine(work, "feed");
        foreach (var project in projects)
        {
            var (packed, output) = await ScriptRunner.Run(RepositoryRoot.Path, "dotnet",
                ["pack", project, "--output", feed, $"-p:Version={version}", "-nologo"]);
            Assert.True(packed == 0, output);
        }

        return (feed, version);
    }

    /// <summary>Packs Pipeline.MSBuild and creates, in a fresh git repository at <paramref name="repository"/>, a
    /// project that consumes it with <c>ReadinessGate=true</c>.</summary>
    public static async Task CreateGatedConsumerAsync(string work, string repository)
    {
        var (feed, version) = await PackAsync(work, "src/Pipeline.MSBuild/Pipeline.MSBuild.csproj");
        Directory.CreateDirectory(repository);
        WriteNuGetConfig(repository, feed);
        File.WriteAllText(Path.Combine(repository, ".gitignore"), "artifacts/\nbin/\nobj/\n");
        File.WriteAllText(Path.Combine(repository, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><ReadinessGate>true</ReadinessGate><PackageId>Consumer</PackageId></PropertyGroup>
              <ItemGroup><PackageReference Include="Pipeline.MSBuild" Version="{version}" /></ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(repository, "Api.cs"), "namespace Consumer;\n\npublic static class Api\n{\n}\n");
        GitRepository.Init(repository);
    }

    /// <summary>A nuget.config that adds the feed to the machine's sources.</summary>
    public static void WriteNuGetConfig(string directory, string feed) =>
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><add key="feed" value="{feed}" /></packageSources></configuration>
            """);
}

/// <summary>Serializes the tests that pack.</summary>
[CollectionDefinition(PackageFeed.Collection)]
public sealed class PackingCollection;

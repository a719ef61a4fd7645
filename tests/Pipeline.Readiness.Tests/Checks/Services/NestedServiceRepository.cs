using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Services;

/// <summary>A git repository holding a service folder <c>svc/</c> with a real gate of its own: this repository's
/// bootstrap script and a build project referencing the library assemblies this test run uses (no rebuild of the
/// library, so nothing races other tests). Its one item fails while a <c>broken</c> file is in the folder.</summary>
public sealed class NestedServiceRepository : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("pipeline-nested-").FullName;

    public NestedServiceRepository()
    {
        var service = Path.Combine(Root, "svc");
        Directory.CreateDirectory(Path.Combine(service, "build"));
        Directory.CreateDirectory(Path.Combine(service, ".nuke"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "build.sh"), Path.Combine(service, "build.sh"));
        var references = string.Join("\n", new[] { typeof(PipelineBuild), typeof(IReadinessGate), typeof(YamlDotNet.Core.Parser), typeof(Microsoft.Extensions.FileSystemGlobbing.Matcher), typeof(NuGet.Versioning.NuGetVersion) }
            .Select(t => $"    <Reference Include=\"{t.Assembly.GetName().Name}\" HintPath=\"{t.Assembly.Location}\" />")); // where this run loads each from (globbing comes with the ASP.NET Core framework here)
        File.WriteAllText(Path.Combine(service, "build", "_build.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
            {references}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(service, "build", "Build.cs"), """
            using Pipeline;
            using Pipeline.Readiness;
            using Pipeline.Readiness.Checks;
            using Pipeline.Readiness.Components;

            internal sealed class Build : PipelineBuild, IReadinessGate
            {
                public static int Main() => Execute<Build>(x => ((IReadinessGate)x).Readiness);

                [Parameter("The marker file Break writes")]
                private readonly string BrokenFile = "unused";

                private Target Break => _ => _.Before<IReadinessGate>(x => x.Readiness)
                    .Executes(() => File.WriteAllText(Path.Combine(RootDirectory, BrokenFile), "x"));

                public void ConfigureReadiness(ReadinessSetup setup)
                {
                    foreach (var item in Items.All)
                    {
                        setup.Disable(item, "not this test's subject");
                    }

                    var marker = new ChecklistItem("team.no-broken-marker", ReadinessCategory.Operations, "Team", "No broken marker", ItemBinding.Check);
                    setup.Add(marker).Check(marker, new MarkerCheck());
                }
            }

            internal sealed class MarkerCheck : ReadinessCheck
            {
                public override string Name => "marker";

                public override Task<CheckResult> RunAsync(CheckContext context) => Task.FromResult(File.Exists(Path.Combine(context.Root, "broken"))
                    ? CheckResult.Failed(1, "the broken marker is there")
                    : CheckResult.Passed(1, "no broken marker"));
            }
            """);
        File.WriteAllText(Path.Combine(Root, ".gitignore"), "bin/\nobj/\nartifacts/\n.nuke/temp/\n");
        GitRepository.Init(Root);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

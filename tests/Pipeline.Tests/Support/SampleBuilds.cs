namespace Pipeline.Tests.Support;

public enum Configuration
{
    Debug,
    Release,
}

/// <summary>A component in the style of Nuke.Components: a target declared as a default interface member.</summary>
public interface IHaveLint
{
    Target Lint => _ => _.Description("Checks formatting").Executes(() => Log.Information("linting"));
}

/// <summary>A small build using most of the definition API.</summary>
public sealed class SampleBuild : PipelineBuild, IHaveLint
{
    [Parameter("Build configuration")]
    public Configuration Configuration { get; set; } = Configuration.Debug;

    [Parameter("Feed API key"), Secret]
    public string? ApiKey { get; set; }

    [Parameter("Fail the Compile target")]
    public bool Break { get; set; }

    public List<string> Ran { get; } = [];

    public Target Restore => _ => _.Description("Restores packages").Executes(() => Ran.Add(nameof(Restore)));

    public Target Compile => _ => _
        .DependsOn(Restore)
        .DependsOn<IHaveLint>(x => x.Lint)
        .Executes(() =>
        {
            Ran.Add(nameof(Compile));
            Log.Information($"Compiling {Configuration}");
            if (Break)
            {
                throw new InvalidOperationException("compilation failed");
            }
        });

    public Target Publish => _ => _
        .DependsOn(Compile)
        .Requires(() => ApiKey)
        .Executes(() => Log.Information($"Publishing with key {ApiKey}"));

    public Target Hidden => _ => _.Unlisted().Executes(() => { });
}

/// <summary>A build whose graph has a cycle and a reference to a target that is not a property.</summary>
public sealed class BrokenBuild : PipelineBuild
{
    private static readonly Target Stray = _ => _;

    public Target A => _ => _.DependsOn(B);

    public Target B => _ => _.DependsOn(A);

    public Target C => _ => _.DependsOn(Stray);
}

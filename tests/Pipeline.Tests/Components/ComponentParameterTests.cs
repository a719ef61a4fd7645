using Pipeline.Tests.Support;

namespace Pipeline.Tests.Components;

/// <summary>Components (interfaces with default members) declare parameters and targets that a build gets by
/// implementing them; a build's own member of the same name wins.</summary>
public sealed class ComponentParameterTests : IDisposable
{
    private readonly BuildRun _run = new();

    public void Dispose() => _run.Dispose();

    internal interface IGreet : IPipelineBuild
    {
        [Parameter("Who to greet")]
        string? Greetee => this.ParameterValue<string>(nameof(Greetee));

        [Parameter("How often")]
        int Times => this.ParameterValue(nameof(Times), fallback: 1);

        [Parameter("A token"), Secret]
        string? GreetToken => this.ParameterValue<string>(nameof(GreetToken));

        Target Greet => _ => _.Requires(() => Greetee).Executes(() =>
        {
            for (var i = 0; i < Times; i++)
            {
                Log.Information($"hello {Greetee} with {GreetToken}");
            }
        });
    }

    internal sealed class GreetingBuild : PipelineBuild, IGreet;

    internal sealed class OwnTimesBuild : PipelineBuild, IGreet
    {
        [Parameter("Overridden")]
        public int Times { get; set; } = 3;
    }

    [Fact]
    public async Task A_component_parameter_is_set_from_the_command_line_and_the_environment()
    {
        _run.Environment["TIMES"] = "2";

        var (exit, output) = await _run.Run<GreetingBuild>(["Greet", "--greetee", "team"]);

        Assert.True(exit == 0, output);
        Assert.Equal(2, output.Split("hello team").Length - 1);
    }

    [Fact]
    public async Task A_missing_required_component_parameter_names_its_option()
    {
        var (exit, output) = await _run.Run<GreetingBuild>(["Greet"]);

        Assert.Equal(2, exit);
        Assert.Contains("--greetee", output);
    }

    [Fact]
    public async Task A_secret_component_parameter_is_masked()
    {
        var (exit, output) = await _run.Run<GreetingBuild>(["Greet", "--greetee", "team", "--greet-token", "s3cr3t-value"]);

        Assert.True(exit == 0, output);
        Assert.DoesNotContain("s3cr3t-value", output);
        Assert.Contains("hello team with", output);
    }

    [Fact]
    public async Task A_class_parameter_of_the_same_name_wins_over_the_component()
    {
        var (exit, output) = await _run.Run<OwnTimesBuild>(["Greet", "--greetee", "x", "--times", "4"]);

        Assert.True(exit == 0, output);
        Assert.Equal(4, output.Split("hello x").Length - 1); // the class's property implements the component's
    }

    [Fact]
    public async Task Help_lists_component_parameters_and_targets()
    {
        var (exit, output) = await _run.Run<GreetingBuild>(["--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("--greetee", output);
        Assert.Contains("Greet", output);
    }
}

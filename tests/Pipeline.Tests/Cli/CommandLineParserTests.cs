using Pipeline.Cli;

namespace Pipeline.Tests.Cli;

public sealed class CommandLineParserTests
{
    [Fact]
    public void Positional_targets_then_options_with_values()
    {
        var line = CommandLineParser.Parse(["Lint", "Test", "--configuration", "Release", "--tags", "a", "b", "--sign"]);

        Assert.Equal(["Lint", "Test"], line.Targets);
        Assert.Equal([("configuration", new[] { "Release" }), ("tags", ["a", "b"]), ("sign", [])],
            line.Options.Select(o => (o.Name, o.Values.ToArray())));
    }

    [Fact]
    public void Engine_options_are_recognised_in_any_case_and_with_hyphens()
    {
        var line = CommandLineParser.Parse(["--Target", "Lint+Test", "--NO-LOGO", "--parallel", "--plan", "--root", "/tmp", "--verbosity", "Verbose", "--profile", "ci"]);

        Assert.Equal(["Lint", "Test"], line.Targets);
        Assert.True(line.NoLogo && line.Parallel && line.Plan);
        Assert.Equal("/tmp", line.Root);
        Assert.Equal(Verbosity.Verbose, line.Verbosity);
        Assert.Equal(["ci"], line.Profiles);
        Assert.Empty(line.Options);
    }

    [Fact]
    public void Skip_without_values_is_an_empty_list_and_absent_skip_is_null()
    {
        Assert.Empty(CommandLineParser.Parse(["Test", "--skip"]).Skip!);
        Assert.Equal(["Restore", "Lint"], CommandLineParser.Parse(["Test", "--skip", "Restore", "Lint"]).Skip);
        Assert.Null(CommandLineParser.Parse(["Test"]).Skip);
    }

    [Fact]
    public void Equals_form_and_help_shorthand()
    {
        var line = CommandLineParser.Parse(["-h", "--feed=https://example.test/v3/index.json"]);

        Assert.True(line.Help);
        Assert.Equal(["https://example.test/v3/index.json"], line.Options.Single().Values);
    }

    [Theory]
    [InlineData("--parallel", "yes")]
    [InlineData("--root")]
    [InlineData("--verbosity", "loud")]
    public void Bad_engine_options_are_invalid_usage(params string[] args)
    {
        Assert.Throws<InvalidUsageException>(() => CommandLineParser.Parse(args));
    }

    [Fact]
    public void Nuke_habits_work_or_name_the_supported_alternative()
    {
        var plan = CommandLineParser.Parse(["--plan", "Release"]);

        Assert.True(plan.Plan);
        Assert.Equal(["Release"], plan.Targets);
        Assert.Contains("name them with --skip", Assert.Throws<InvalidUsageException>(() => CommandLineParser.Parse(["Release", "--continue"])).Message, StringComparison.Ordinal);
        Assert.Contains("GITHUB_ACTIONS=true", Assert.Throws<InvalidUsageException>(() => CommandLineParser.Parse(["Release", "--host", "GitHubActions"])).Message, StringComparison.Ordinal);
    }
}

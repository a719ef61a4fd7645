using Pipeline.Tests.Support;

namespace Pipeline.Tests.Parameters;

public sealed class ParameterPrecedenceTests : IDisposable
{
    private readonly BuildRun _run = new();

    public void Dispose() => _run.Dispose();

    private async Task<ParameterBuild> Values(params string[] args)
    {
        var (exit, output) = await _run.Run<ParameterBuild>(["Show", .. args]);
        Assert.True(exit == 0, output);
        return ParameterBuild.Runs[_run.Root];
    }

    [Fact]
    public async Task Initializer_applies_when_no_source_sets_the_value()
    {
        Assert.Equal("initializer", (await Values()).Feed);
    }

    [Fact]
    public async Task Parameters_json_overrides_the_initializer()
    {
        _run.WriteFile(".nuke/parameters.json", """{ "$schema": "./build.schema.json", "Feed": "json" }""");

        Assert.Equal("json", (await Values()).Feed);
    }

    [Fact]
    public async Task Profile_file_overrides_parameters_json()
    {
        _run.WriteFile(".nuke/parameters.json", """{ "Feed": "json" }""");
        _run.WriteFile(".nuke/parameters.ci.json", """{ "Feed": "profile" }""");

        Assert.Equal("profile", (await Values("--profile", "ci")).Feed);
    }

    [Fact]
    public async Task Environment_overrides_profile_file()
    {
        _run.WriteFile(".nuke/parameters.ci.json", """{ "Feed": "profile" }""");
        _run.Environment["Feed"] = "environment";

        Assert.Equal("environment", (await Values("--profile", "ci")).Feed);
    }

    [Fact]
    public async Task Argument_overrides_environment()
    {
        _run.Environment["Feed"] = "environment";

        Assert.Equal("argument", (await Values("--feed", "argument")).Feed);
    }

    [Theory]
    [InlineData("FEED")]
    [InlineData("PIPELINE_FEED")]
    [InlineData("PIPELINE_Feed")]
    [InlineData("Feed")]
    public async Task Environment_names_match_exactly_with_prefix_or_letters_and_digits_insensitively(string variable)
    {
        _run.Environment[variable] = "from env";

        Assert.Equal("from env", (await Values()).Feed);
    }

    [Fact]
    public async Task Values_convert_to_enums_numbers_arrays_nullables_and_bare_flags()
    {
        var build = await Values("--configuration", "release", "--retries=3", "--tags", "a", "b", "--sign", "--limit", "7");

        Assert.Equal(Configuration.Release, build.Configuration);
        Assert.Equal(3, build.Retries);
        Assert.Equal(["a", "b"], build.Tags);
        Assert.True(build.Sign);
        Assert.Equal(7, build.Limit);
    }

    [Fact]
    public async Task Arrays_come_from_json_arrays_and_comma_separated_environment_values()
    {
        _run.WriteFile(".nuke/parameters.json", """{ "Tags": ["x", "y"], "Sign": true, "Retries": 5 }""");
        Assert.Equal(["x", "y"], (await Values()).Tags);

        _run.Environment["TAGS"] = "p, q";
        var build = await Values();
        Assert.Equal(["p", "q"], build.Tags);
        Assert.True(build.Sign);
        Assert.Equal(5, build.Retries);
    }

    [Fact]
    public async Task Nukes_environment_prefix_and_verbosity_in_parameters_json_are_read()
    {
        _run.Environment["NUKE_FEED"] = "nuke";
        _run.WriteFile(".nuke/parameters.json", """{ "Verbosity": "quiet" }""");

        var build = await Values();

        Assert.Equal("nuke", build.Feed);
        Assert.Equal(Verbosity.Quiet, build.Verbosity);
    }
}

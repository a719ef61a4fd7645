using Pipeline.Tests.Support;

namespace Pipeline.Tests.Parameters;

public sealed class ParameterErrorTests : IDisposable
{
    private readonly BuildRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Bad_enum_value_names_the_parameter_the_source_and_the_choices()
    {
        var (exit, output) = await _run.Run<ParameterBuild>(["Show", "--configuration", "Fast"]);

        Assert.Equal(2, exit);
        Assert.Contains("Parameter --configuration from argument --configuration: 'Fast' is not a valid Configuration (expected one of: Debug, Release).", output);
    }

    [Fact]
    public async Task Bad_number_in_parameters_json_names_file_and_line()
    {
        _run.WriteFile(".nuke/parameters.json", "{\n  \"Feed\": \"ok\",\n  \"Retries\": \"many\"\n}");

        var (exit, output) = await _run.Run<ParameterBuild>(["Show"]);

        Assert.Equal(2, exit);
        Assert.Contains("from .nuke/parameters.json (line 3): 'many' is not a valid Int32", output);
    }

    [Fact]
    public async Task Malformed_json_names_file_and_line()
    {
        _run.WriteFile(".nuke/parameters.json", "{\n  \"Feed\": \"ok\"\n  \"Retries\": 2\n}");

        var (exit, output) = await _run.Run<ParameterBuild>(["Show"]);

        Assert.Equal(2, exit);
        Assert.Contains(".nuke/parameters.json(3): invalid JSON", output);
    }

    [Fact]
    public async Task Unknown_keys_and_options_are_all_reported()
    {
        _run.WriteFile(".nuke/parameters.json", "{\n  \"Fed\": \"typo\"\n}");

        var (exit, output) = await _run.Run<ParameterBuild>(["Show", "--retires", "2"]);

        Assert.Equal(2, exit);
        Assert.Contains("Unknown option '--retires'.", output);
        Assert.Contains(".nuke/parameters.json (line 2): unknown parameter 'Fed'.", output);
    }

    [Fact]
    public async Task Missing_profile_file_is_invalid_usage()
    {
        var (exit, output) = await _run.Run<ParameterBuild>(["Show", "--profile", "staging"]);

        Assert.Equal(2, exit);
        Assert.Contains("Profile 'staging' not found: .nuke/parameters.staging.json does not exist.", output);
    }

    [Fact]
    public async Task Required_parameter_missing_is_invalid_usage()
    {
        var (exit, output) = await _run.Run<RequiredParameterBuild>(["Deploy"]);

        Assert.Equal(2, exit);
        Assert.Contains("Parameter --stage is required.", output);
    }

    [Fact]
    public async Task Required_parameter_given_runs()
    {
        var (exit, _) = await _run.Run<RequiredParameterBuild>(["Deploy", "--stage", "prod"]);

        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task A_bad_value_for_a_secret_is_reported_without_the_value()
    {
        _run.WriteFile(".nuke/parameters.json", "{ \"Token\": { \"nested\": \"s3cr3t-value\" } }");

        var (exit, output) = await _run.Run<ParameterBuild>(["Show"]);

        Assert.Equal(2, exit);
        Assert.DoesNotContain("s3cr3t-value", output);
    }
}

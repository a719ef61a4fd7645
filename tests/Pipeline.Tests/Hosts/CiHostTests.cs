using Pipeline.Hosts;
using Pipeline.Tests.Support;
using static Pipeline.Tests.Support.Targets;

namespace Pipeline.Tests.Hosts;

public sealed class CiHostTests
{
    private static ICiHost Detect(params (string Name, string Value)[] variables) =>
        CiHostDetector.Detect(variables.ToDictionary(v => v.Name, v => v.Value), TimeProvider.System);

    [Fact]
    public void Hosts_are_detected_from_their_variables()
    {
        Assert.IsType<GitHubActionsHost>(Detect(("GITHUB_ACTIONS", "true")));
        Assert.IsType<AzurePipelinesHost>(Detect(("TF_BUILD", "True")));
        Assert.IsType<GitLabHost>(Detect(("GITLAB_CI", "true")));
        Assert.IsType<LocalHost>(Detect(("CI", "true")));
    }

    [Fact]
    public void GitHub_escapes_data_and_properties()
    {
        Assert.Equal("100%25 done%0D%0Anext: a, b", GitHubActionsHost.EscapeData("100% done\r\nnext: a, b"));
        Assert.Equal("a%3A b%2C c%25", GitHubActionsHost.EscapeProperty("a: b, c%"));
        Assert.Equal("::error title=Compile%3A x::50%25%0Aline", new GitHubActionsHost(null).Annotation(LogLevel.Error, "Compile: x", "50%\nline"));
    }

    [Fact]
    public void Azure_escapes_logging_command_data()
    {
        Assert.Equal("##vso[task.logissue type=warning]Lint: 5%AZP25%0Anext", new AzurePipelinesHost().Annotation(LogLevel.Warning, "Lint", "5%\nnext"));
        Assert.Equal("##[group]Compile", new AzurePipelinesHost().BeginGroup("Compile"));
    }

    [Fact]
    public void GitLab_sections_are_collapsible_and_named_after_the_target()
    {
        var host = new GitLabHost(TimeProvider.System);

        Assert.Matches(@"^\u001b\[0Ksection_start:\d+:target_run_tests\[collapsed=true\]\r\u001b\[0KRun-Tests$", host.BeginGroup("Run-Tests"));
        Assert.Matches(@"^\u001b\[0Ksection_end:\d+:target_run_tests\r\u001b\[0K$", host.EndGroup("Run-Tests"));
    }

    [Fact]
    public async Task On_GitHub_targets_are_grouped_errors_annotated_up_to_the_limit_and_the_summary_written()
    {
        var summary = Path.GetTempFileName();
        try
        {
            var targets = Enumerable.Range(0, 12).Select(i => T($"Check{i}")).ToArray();
            foreach (var target in targets)
            {
                target.Executes(() => throw new InvalidOperationException("broken"));
            }

            var (_, output) = await ExecutorHarness.Run(Graph(targets), [.. targets.Select(t => t.Name)], host: new GitHubActionsHost(summary));

            Assert.Contains("::group::Check0", output);
            Assert.Contains("::endgroup::", output);
            Assert.Equal(10, output.Split('\n').Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
            Assert.Contains("2 more errors not annotated (GitHub Actions shows 10 per step)", output);
            var markdown = await File.ReadAllTextAsync(summary);
            Assert.Contains("| Target | Status | Duration |", markdown);
            Assert.Contains("| Check11 | Failed |", markdown);
        }
        finally
        {
            File.Delete(summary);
        }
    }

    [Fact]
    public async Task No_color_is_written_when_NO_COLOR_is_set()
    {
        using var run = new BuildRun();
        run.Environment["GITHUB_ACTIONS"] = "true";
        run.Environment["NO_COLOR"] = "1";

        var (_, output) = await run.Run<SampleBuild>(["Restore"]);

        Assert.DoesNotContain("\u001b[", output);
    }

    [Fact]
    public async Task Color_is_written_on_a_ci_host_that_renders_it()
    {
        using var run = new BuildRun();
        run.Environment["GITHUB_ACTIONS"] = "true";

        var (_, output) = await run.Run<SampleBuild>(["Restore"]);

        Assert.Contains("\u001b[32m", output);
    }

}

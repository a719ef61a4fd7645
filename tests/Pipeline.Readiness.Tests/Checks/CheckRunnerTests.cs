namespace Pipeline.Readiness.Tests.Checks;

[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class CheckRunnerTests
{
    private static CheckContext Context(CancellationToken cancellation = default) =>
        new(Items.Testing.AllTestsPassing, Path.GetTempPath(), "abc1234", new ProcessRunner(), TimeProvider.System, cancellation);

    private static Task<CheckOutcome> Run(ReadinessCheck check, CancellationToken cancellation = default) =>
        CheckRunner.RunAsync(check, Context(cancellation), new SecretMasker());

    private sealed class DelegateCheck(Func<CheckContext, Task<CheckResult>> run) : ReadinessCheck
    {
        public override string Name => "delegate";

        public override Task<CheckResult> RunAsync(CheckContext context) => run(context);
    }

    private sealed record ThresholdOptions(double MinimumLine, string[] Projects) : ICheckOptions
    {
        public IEnumerable<string> Validate()
        {
            if (MinimumLine is < 0 or > 100)
            {
                yield return $"MinimumLine: must be between 0 and 100 (got {MinimumLine})";
            }

            if (Projects.Length == 0)
            {
                yield return "Projects: name at least one test project";
            }
        }
    }

    private sealed class ThresholdCheck(ThresholdOptions options) : ReadinessCheck<ThresholdOptions>(options)
    {
        public override string Name => "threshold";

        public override Task<CheckResult> RunAsync(CheckContext context) => Task.FromResult(CheckResult.Passed(1, "ok"));
    }

    [Fact]
    public async Task A_passing_check_keeps_its_result_and_timing()
    {
        var outcome = await Run(new DelegateCheck(_ => Task.FromResult(CheckResult.Passed(3, "3 of 3"))));

        Assert.Equal((CheckStatus.Passed, "3 of 3", "delegate"), (outcome.Result.Status, outcome.Result.Summary, outcome.CheckName));
        Assert.True(outcome.Duration >= TimeSpan.Zero);
    }

    [Fact]
    public async Task A_check_that_throws_is_an_error_with_the_reason()
    {
        var outcome = await Run(new DelegateCheck(_ => throw new FileNotFoundException("dotnet-coverage not found")));

        Assert.Equal(CheckStatus.Error, outcome.Result.Status);
        Assert.Equal("check 'delegate' could not run: FileNotFoundException: dotnet-coverage not found", outcome.Result.Summary);
    }

    [Fact]
    public async Task A_check_that_hangs_is_an_error_after_its_timeout()
    {
        var check = new DelegateCheck(async _ =>
        {
            await Task.Delay(Timeout.Infinite, CancellationToken.None); // ignores cancellation on purpose
            return CheckResult.Passed(1, "never");
        })
        { Timeout = TimeSpan.FromMilliseconds(200) };

        var outcome = await Run(check);

        Assert.Equal(CheckStatus.Error, outcome.Result.Status);
        Assert.Equal("check 'delegate' timed out after 00:00:00.2000000", outcome.Result.Summary);
    }

    [Fact]
    public async Task A_check_that_honours_its_timeout_says_it_timed_out_not_that_a_task_was_cancelled()
    {
        // Found running this repository's Release: the coverage check, waiting for a test run, ended "could not run:
        // TaskCanceledException" when its own cancellation finished before the runner's deadline did. Both end on one
        // token, so which comes first varies: a few runs make the race show.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var check = new DelegateCheck(async context =>
            {
                await Task.Delay(Timeout.Infinite, context.Cancellation);
                return CheckResult.Passed(1, "never");
            })
            { Timeout = TimeSpan.FromMilliseconds(20) };

            var outcome = await Run(check);

            Assert.Equal("check 'delegate' timed out after 00:00:00.0200000", outcome.Result.Summary);
        }
    }

    [Fact]
    public async Task A_pass_that_examined_nothing_is_an_error()
    {
        var outcome = await Run(new DelegateCheck(_ => Task.FromResult(CheckResult.Passed(0, "0 of 0 tests passed"))));

        Assert.Equal(CheckStatus.Error, outcome.Result.Status);
        Assert.Equal("check 'delegate' examined nothing, so it proves nothing: 0 of 0 tests passed", outcome.Result.Summary);
    }

    [Fact]
    public async Task Invalid_options_are_an_error_listing_every_bad_field()
    {
        var outcome = await Run(new ThresholdCheck(new ThresholdOptions(120, [])));

        Assert.Equal(CheckStatus.Error, outcome.Result.Status);
        Assert.Equal("invalid options for check 'threshold': MinimumLine: must be between 0 and 100 (got 120); Projects: name at least one test project", outcome.Result.Summary);
    }

    [Fact]
    public async Task Cancellation_is_an_error_not_a_pass()
    {
        using var cancellation = new CancellationTokenSource();
        var check = new DelegateCheck(async context =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, context.Cancellation);
            return CheckResult.Passed(1, "never");
        });

        var outcome = await Run(check, cancellation.Token);

        Assert.Equal(CheckStatus.Error, outcome.Result.Status);
    }

    [Fact]
    public async Task A_secret_in_an_exception_message_is_masked()
    {
        var masker = new SecretMasker();
        masker.Add("hunter2-secret");

        var outcome = await CheckRunner.RunAsync(new DelegateCheck(_ => throw new InvalidOperationException("login failed for hunter2-secret")), Context(), masker);

        Assert.DoesNotContain("hunter2-secret", outcome.Result.Summary);
        Assert.Contains("login failed for ***", outcome.Result.Summary);
    }
}

namespace Pipeline.Readiness.Tests.Checks.Code;

/// <summary>A suite longer than the default ten minutes (this repository's own, under its Release) is given a longer
/// limit by the team, and every check that waits for the run gets it too: a check's own limit shorter than the run
/// would end it as "timed out" although the tests were still passing.</summary>
public sealed class TestTimeoutTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(40);

    public static TheoryData<string> Stacks => new() { ".NET", "Python" };

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Every_check_that_reads_the_test_run_waits_at_least_as_long_as_the_run_may_take(string stack)
    {
        var checks = stack == ".NET"
            ? DotNetCodeChecks.For(new DotNetCodeOptions { TestTimeout = Long }, CodeParts.Tests | CodeParts.Coverage)
            : PythonCodeChecks.For(new PythonCodeOptions { TestTimeout = Long }, CodeParts.Tests | CodeParts.Coverage);

        Assert.NotEmpty(checks);
        Assert.All(checks, c => Assert.True(c.Item2.Timeout > Long, $"{c.Item1.Id} {c.Item2.Name}: {c.Item2.Timeout}"));
    }

    [Fact]
    public void The_default_limit_stays_ten_minutes_for_the_run()
    {
        Assert.Equal(TimeSpan.FromMinutes(10), new DotNetCodeOptions().TestTimeout);
    }

    [Fact]
    public void A_limit_that_is_not_positive_is_invalid()
    {
        Assert.Contains("TestTimeout: must be positive (got 00:00:00)", new DotNetCodeOptions { TestTimeout = TimeSpan.Zero }.Validate());
    }
}

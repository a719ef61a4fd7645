namespace Pipeline.Readiness.Checks.Code;

/// <summary>The test suite (100 % passing, optionally an exact total) and the security suites by category.</summary>
[ReadinessModule<TestModule>]
public interface ITest : IDotNetCode, IPythonCode
{
    /// <summary>One partition of the tests (<c>--partition k/n</c>, e.g. <c>2/4</c>): <c>Test</c> (and <c>Evidence</c>)
    /// then runs that slice of the suite and keeps its results for a fan-in to merge, judging nothing
    /// (<see cref="ReadinessSetup.TestPartitions"/>).</summary>
    [Parameter("Runs one partition of the tests, k/n (e.g. 2/4): a slice of the test projects or files whose results a fan-in merges and judges", Name = "Partition")]
    string? TestPartition => this.ParameterValue<string>(nameof(TestPartition));

    /// <summary>The test suite and the security test suites; with <see cref="TestPartition"/>, one partition of them.</summary>
    Target Test => _ => _.Description("Runs the tests: 100 % passing, security suites complete (--partition k/n: one slice, for a fan-in)")
        .Executes(token => TestPartition is { } partition
            ? ReadinessState.Of(this).RunTestPartitionAsync<TestModule>(partition, token)
            : ReadinessState.Of(this).EvaluateModuleAsync<TestModule>(token));
}

namespace Pipeline.Readiness.Checks.Code;

/// <summary>A toolchain's test runner as the test, suite and coverage checks see it: the whole suite (with Cobertura
/// coverage files) and one category at a time; a slice of it for one runner of a partitioned workflow, and, in that workflow's fan-in,
/// the partitions' merged results. <see cref="DotNetTestRun"/> is the .NET adapter,
/// <see cref="PytestRun"/> the Python one (pytest's JUnit XML and pytest-cov's Cobertura).</summary>
internal interface ITestRun
{
    /// <summary>Thresholds and expectations the checks apply.</summary>
    CodeOptions Options { get; }

    /// <summary>The stack the runner tests (<c>.NET</c>, <c>Python</c>), for the evidence.</summary>
    string Stack { get; }

    /// <summary>What the run's outcome depends on, so that a check reading it can be reused when nothing changed;
    /// null: never reused.</summary>
    EvidenceReuse? Reuse { get; }

    /// <summary>What collects coverage, for the evidence.</summary>
    string CoverageTool { get; }

    /// <summary>The inputs that decide the run (target, configuration, expected total), for the evidence.</summary>
    IReadOnlyDictionary<string, string> Inputs(CheckContext context);

    /// <summary>Runs (once) the whole suite with coverage.</summary>
    Task<TestRunResult> AllAsync(CheckContext context);

    /// <summary>Runs (once) the tests of one category.</summary>
    Task<TestRunResult> CategoryAsync(CheckContext context, string category);

    /// <summary>Runs the slice <paramref name="partition"/> of the suite (whole, with coverage, and what the categories
    /// need) and keeps its result files in <paramref name="folder"/>, for a fan-in to merge (<see cref="ReceivedTestPartitions"/>);
    /// judges nothing. A run that cannot happen is recorded in <see cref="PartitionRun.NotRun"/>, not thrown.</summary>
    Task<PartitionRun> RunPartitionAsync(CheckContext context, TestPartition partition, string folder);
}
